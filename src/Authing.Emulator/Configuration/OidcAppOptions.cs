namespace Authing.Emulator.Configuration;

/// <summary>An OIDC application to seed at start, bound from <c>Emulator:OidcApps:N</c>.</summary>
/// <remarks>
/// Defaults: the first pool, every grant type (<c>authorization_code</c>, <c>password</c>, <c>refresh_token</c>,
/// <c>authingToken</c>), no registered redirect URIs, loopback redirect URIs refused, access and id tokens valid
/// 1 hour, refresh tokens 30 days, authorization codes 60 seconds.
/// </remarks>
public sealed class OidcAppOptions
{
    /// <summary>The client id: 24 hexadecimal characters, as Authing's app ids.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret, sent with <c>client_secret_post</c> or <c>client_secret_basic</c>.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The display name shown on the consent page.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The pool the app belongs to; the first pool when empty.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>The redirect URIs the app may use, compared exactly.</summary>
    public IList<string> RedirectUris { get; } = [];

    /// <summary>Where the app may send the browser after a logout, besides its redirect URIs.</summary>
    public IList<string> PostLogoutRedirectUris { get; } = [];

    /// <summary>True to accept any <c>http://127.0.0.1:port/...</c> or <c>http://localhost:port/...</c> redirect URI.</summary>
    public bool AllowLoopbackRedirectUris { get; set; }

    /// <summary>The grant types the app may use; every supported grant type when empty.</summary>
    public IList<string> GrantTypes { get; } = [];

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an id_token is valid.</summary>
    public TimeSpan IdTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a refresh token is valid.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an authorization code is valid.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromSeconds(60);
}
