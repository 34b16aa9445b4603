namespace Authing.AspNetCore.Client;

/// <summary>A partial update of a user: only the properties that are set are sent.</summary>
public sealed record UpdateUserRequest
{
    /// <summary>The id of the user to update.</summary>
    public required string Id { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The company.</summary>
    public string? Company { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>OAuth or custom data as a JSON string.</summary>
    public string? Oauth { get; init; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>The browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The new password in clear; the client encrypts it before sending.</summary>
    public string? Password { get; init; }

    /// <summary>The current password in clear, needed with <see cref="Password"/> when acting as the user.</summary>
    public string? OldPassword { get; init; }

    /// <summary>When the user's tokens expire (<c>"0"</c> revokes them).</summary>
    public string? TokenExpiredAt { get; init; }

    /// <summary>The number of logins.</summary>
    public int? LoginsCount { get; init; }

    /// <summary>The last login time.</summary>
    public string? LastLogin { get; init; }

    /// <summary>The IP address of the last login.</summary>
    public string? LastIP { get; init; }

    /// <summary>The sign-up time.</summary>
    public string? SignedUp { get; init; }

    /// <summary>Whether the user is blocked.</summary>
    public bool? Blocked { get; init; }

    /// <summary>Whether the user is deleted.</summary>
    public bool? IsDeleted { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? RegisterInClient { get; init; }
}
