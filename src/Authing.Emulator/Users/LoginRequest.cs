namespace Authing.Emulator.Users;

/// <summary>What <c>login(...)</c> carries; the password is still encrypted.</summary>
public sealed record LoginRequest
{
    /// <summary>The pool to log in to (<c>registerInClient</c>).</summary>
    public required string PoolId { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The external identity.</summary>
    public string? Unionid { get; init; }

    /// <summary>The RSA-encrypted, base64 password.</summary>
    public string? Password { get; init; }

    /// <summary>The SMS code, for phone-code login.</summary>
    public string? PhoneCode { get; init; }

    /// <summary>The six-digit MFA code.</summary>
    public string? MfaCode { get; init; }

    /// <summary>The client's IP; the request's remote address when absent.</summary>
    public string? LastIP { get; init; }

    /// <summary>The browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The device.</summary>
    public string? Device { get; init; }
}
