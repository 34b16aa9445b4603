namespace Authing.AspNetCore.Admin;

/// <summary>Whether a user of the pool has one of the e-mail, phone or user name asked about.</summary>
public sealed record AdminUserExistence
{
    /// <summary><see langword="true"/> when such a user exists.</summary>
    public required bool Exists { get; init; }
}
