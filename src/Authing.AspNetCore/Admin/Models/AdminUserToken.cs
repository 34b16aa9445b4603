namespace Authing.AspNetCore.Admin;

/// <summary>
/// A new UserToken issued for a user by the refresh route; the only token the admin API ever returns, since handing it to
/// the administrator is that route's purpose. Treat it as the user's credential.
/// </summary>
public sealed record AdminUserToken
{
    /// <summary>The new UserToken.</summary>
    public required string Token { get; init; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>When it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
