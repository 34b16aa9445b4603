using System.Text.RegularExpressions;
using Authing.AspNetCore.Client;
using Authing.Samples.Mvc.Models;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>
/// The admin pages' view of the pool's users, through the Authing client (OwnerToken). Authing's user API lists users a
/// page at a time and has no text search, so a search reads the pool in pages of 100 (up to <see cref="SearchLimit"/>
/// users) and keeps those whose e-mail, phone, user name or nickname contains the text; a user id finds that user.
/// </summary>
public sealed partial class UserDirectory(AuthingClient authing)
{
    /// <summary>Users per page in the admin list.</summary>
    public const int PageSize = 20;

    /// <summary>How many users a search reads at most.</summary>
    public const int SearchLimit = 2000;

    private const int ReadPageSize = 100;

    /// <summary>True when <paramref name="value"/> has the shape of an Authing user id (24 hexadecimal digits).</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it can be a user id.</returns>
    public static bool IsUserId(string? value) => value is not null && UserIdShape().IsMatch(value);

    /// <summary>One page of the pool's users, or of those matching <paramref name="query"/>.</summary>
    /// <param name="page">The page number, from 1 (a page past the end is the last page).</param>
    /// <param name="query">The search text, or null for every user.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page.</returns>
    public async Task<AdminUserList> ListAsync(int page, string? query, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        if (query is null)
        {
            AuthingUserPage first = await authing.ListUsersAsync(page, PageSize, cancellationToken);
            int pages = PageCount(first.TotalCount);
            if (page > pages && first.TotalCount > 0)
            {
                page = pages;
                first = await authing.ListUsersAsync(page, PageSize, cancellationToken);
            }

            return new AdminUserList(first.List, page, pages, first.TotalCount, null);
        }

        IReadOnlyList<AuthingUser> matches = await SearchAsync(query, cancellationToken);
        int matchPages = PageCount(matches.Count);
        page = Math.Min(page, matchPages);
        return new AdminUserList([.. matches.Skip((page - 1) * PageSize).Take(PageSize)], page, matchPages, matches.Count, query);
    }

    private async Task<IReadOnlyList<AuthingUser>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        if (IsUserId(query))
        {
            AuthingUser? user = await authing.GetUserAsync(query, cancellationToken);
            return user is null ? [] : [user];
        }

        var matches = new List<AuthingUser>();
        for (int page = 1; (page - 1) * ReadPageSize < SearchLimit; page++)
        {
            AuthingUserPage users = await authing.ListUsersAsync(page, ReadPageSize, cancellationToken);
            matches.AddRange(users.List.Where(user => Matches(user, query)));
            if (users.List.Count < ReadPageSize || page * ReadPageSize >= users.TotalCount)
            {
                break;
            }
        }

        return matches;
    }

    private static bool Matches(AuthingUser user, string query)
    {
        return Contains(user.Email) || Contains(user.Phone) || Contains(user.Username) || Contains(user.Nickname);

        bool Contains(string? field) => field?.Contains(query, StringComparison.OrdinalIgnoreCase) == true;
    }

    private static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    [GeneratedRegex("^[0-9a-fA-F]{24}$")]
    private static partial Regex UserIdShape();
}
