namespace Authing.AspNetCore.Client;

/// <summary>A page of users and the total count.</summary>
public sealed record AuthingUserPage
{
    /// <summary>The users of this page.</summary>
    public IReadOnlyList<AuthingUser> List { get; init; } = [];

    /// <summary>The number of users matching, over all pages.</summary>
    public int TotalCount { get; init; }
}
