namespace Authing.AspNetCore.Client;

/// <summary>A registration by e-mail, user name, unionid, or phone with <see cref="PhoneCode"/>.</summary>
public sealed record RegisterRequest
{
    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The external identifier (registration without password).</summary>
    public string? Unionid { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The SMS code sent by <see cref="AuthingClient.SendRegisterSmsCodeAsync"/>, for phone registration.</summary>
    public string? PhoneCode { get; init; }

    /// <summary>The password in clear; the client encrypts it before sending.</summary>
    public string? Password { get; init; }

    /// <summary>The nickname.</summary>
    public string? Nickname { get; init; }

    /// <summary>The avatar URL.</summary>
    public string? Photo { get; init; }

    /// <summary>OAuth or custom data as a JSON string.</summary>
    public string? Oauth { get; init; }

    /// <summary>How the user registered.</summary>
    public string? RegisterMethod { get; init; }

    /// <summary>Whether to log the user in (return a token) at once.</summary>
    public bool? ForceLogin { get; init; }

    /// <summary>The client's IP address.</summary>
    public string? LastIP { get; init; }

    /// <summary>The client's browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The client's device.</summary>
    public string? Device { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? RegisterInClient { get; init; }
}
