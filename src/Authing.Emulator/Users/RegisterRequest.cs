namespace Authing.Emulator.Users;

/// <summary>What <c>register(userInfo: ...)</c> carries; the password is still encrypted.</summary>
public sealed record RegisterRequest
{
    /// <summary>The pool to register in (<c>registerInClient</c>).</summary>
    public required string PoolId { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The RSA-encrypted, base64 password.</summary>
    public string? Password { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The SMS code proving the phone number.</summary>
    public string? PhoneCode { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The external identity.</summary>
    public string? Unionid { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The company.</summary>
    public string? Company { get; init; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>OAuth or custom data as a JSON string.</summary>
    public string? Oauth { get; init; }

    /// <summary>How the user registers.</summary>
    public string? RegisterMethod { get; init; }

    /// <summary>The browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The device.</summary>
    public string? Device { get; init; }

    /// <summary>The client's IP.</summary>
    public string? LastIP { get; init; }

    /// <summary>True to log the new user in and return a token.</summary>
    public bool ForceLogin { get; init; }
}
