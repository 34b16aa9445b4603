using Authing.AspNetCore.Client;

namespace Authing.Samples.Mvc.Models;

/// <summary>One page of the admin user list.</summary>
/// <param name="Users">The users on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageCount">How many pages there are.</param>
/// <param name="TotalCount">How many users match.</param>
/// <param name="Query">The search text, when the list is a search.</param>
public sealed record AdminUserList(IReadOnlyList<AuthingUser> Users, int Page, int PageCount, int TotalCount, string? Query);
