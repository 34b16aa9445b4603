namespace Authing.Emulator.Users;

/// <summary>
/// What <c>updateUser(options: ...)</c> carries: a null property is left unchanged. Passwords are still encrypted.
/// <see cref="TokenExpiredAt"/> <c>"0"</c> logs the user out.
/// </summary>
public sealed record UserUpdate
{
    /// <summary>The user to update.</summary>
    public required string Id { get; init; }

    /// <summary>The new e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the e-mail is verified.</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>The new phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The new username.</summary>
    public string? Username { get; init; }

    /// <summary>The new nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The new company.</summary>
    public string? Company { get; init; }

    /// <summary>The new avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>The browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The device.</summary>
    public string? Device { get; init; }

    /// <summary>OAuth or custom data.</summary>
    public string? Oauth { get; init; }

    /// <summary>The new password (encrypted).</summary>
    public string? Password { get; init; }

    /// <summary>The current password (encrypted), required with <see cref="Password"/>.</summary>
    public string? OldPassword { get; init; }

    /// <summary>When the user's tokens expire; <c>"0"</c> revokes them all.</summary>
    public string? TokenExpiredAt { get; init; }

    /// <summary>The login count.</summary>
    public int? LoginsCount { get; init; }

    /// <summary>The last login.</summary>
    public string? LastLogin { get; init; }

    /// <summary>The last IP.</summary>
    public string? LastIP { get; init; }

    /// <summary>The registration date.</summary>
    public string? SignedUp { get; init; }

    /// <summary>Whether the user is blocked.</summary>
    public bool? Blocked { get; init; }

    /// <summary>Whether the user is marked deleted.</summary>
    public bool? IsDeleted { get; init; }
}
