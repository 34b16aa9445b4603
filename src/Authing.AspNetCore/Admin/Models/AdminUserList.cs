namespace Authing.AspNetCore.Admin;

/// <summary>The users found among the ids asked for; unknown ids are left out.</summary>
public sealed record AdminUserList
{
    /// <summary>The users found.</summary>
    public required IReadOnlyList<AdminUser> Users { get; init; }
}
