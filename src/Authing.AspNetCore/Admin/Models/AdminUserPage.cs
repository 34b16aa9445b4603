namespace Authing.AspNetCore.Admin;

/// <summary>One page of the pool's users.</summary>
public sealed record AdminUserPage
{
    /// <summary>The page number, from 1.</summary>
    public required int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public required int Count { get; init; }

    /// <summary>The number of users in the pool, over all pages.</summary>
    public required int TotalCount { get; init; }

    /// <summary>The users of this page.</summary>
    public required IReadOnlyList<AdminUser> Users { get; init; }
}
