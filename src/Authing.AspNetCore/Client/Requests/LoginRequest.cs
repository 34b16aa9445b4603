namespace Authing.AspNetCore.Client;

/// <summary>A password login: one of <see cref="Email"/>, <see cref="Username"/>, <see cref="Phone"/> or <see cref="Unionid"/>, plus <see cref="Password"/>.</summary>
public sealed record LoginRequest
{
    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The external identifier (login without password).</summary>
    public string? Unionid { get; init; }

    /// <summary>The password in clear; the client encrypts it before sending.</summary>
    public string? Password { get; init; }

    /// <summary>The captcha Authing asks for after repeated attempts.</summary>
    public string? VerifyCode { get; init; }

    /// <summary>The six-digit MFA code, when Authing answered 1635.</summary>
    public string? MfaCode { get; init; }

    /// <summary>The client's IP address.</summary>
    public string? LastIP { get; init; }

    /// <summary>The client's browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The client's device.</summary>
    public string? Device { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? RegisterInClient { get; init; }
}
