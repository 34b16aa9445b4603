namespace Authing.AspNetCore.Client;

/// <summary>
/// An OIDC password grant (the Node SDK's <c>loginByOidc</c>): the application's credentials, one of
/// <see cref="Email"/>, <see cref="Phone"/>, <see cref="Username"/> or <see cref="Unionid"/>, and <see cref="Password"/>.
/// </summary>
public sealed record OidcPasswordLoginRequest
{
    /// <summary>The OIDC application's client_id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The OIDC application's client_secret.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The user name.</summary>
    public string? Username { get; init; }

    /// <summary>The external identifier.</summary>
    public string? Unionid { get; init; }

    /// <summary>The password in clear (sent over TLS to the token endpoint, as the OIDC password grant requires).</summary>
    public required string Password { get; init; }

    /// <summary>The scope asked for; Authing's default is <c>openid profile email phone</c>.</summary>
    public string? Scope { get; init; }
}
