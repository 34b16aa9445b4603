namespace Authing.AspNetCore.Oidc;

/// <summary>Default values of the Authing OIDC scheme.</summary>
public static class AuthingOidcDefaults
{
    /// <summary>The default scheme name, usable in <c>Challenge(AuthingOidcDefaults.AuthenticationScheme)</c>.</summary>
    public const string AuthenticationScheme = "AuthingOidc";

    /// <summary>The display name of the default scheme.</summary>
    public const string DisplayName = "Authing";

    /// <summary>The sub-section of the <c>Authing</c> section that holds the OIDC application's settings.</summary>
    public const string ConfigurationSection = "Oidc";

    /// <summary>The default path the provider redirects back to with the authorization code.</summary>
    public const string CallbackPath = "/signin-authing-oidc";

    /// <summary>The default path the provider's end-session endpoint redirects back to after sign-out.</summary>
    public const string SignedOutCallbackPath = "/signout-callback-authing-oidc";

    /// <summary>The path of Authing's OIDC provider under its host: the issuer is <c>{host}/oauth/oidc</c>.</summary>
    public const string AuthorityPath = "oauth/oidc";

    /// <summary>The name of the <see cref="System.Net.Http.IHttpClientFactory"/> client that fetches discovery documents and JWKS and calls the token endpoint.</summary>
    public const string HttpClientName = "Authing.Oidc";

    /// <summary>The name under which the session keeps the id_token (sent as <c>id_token_hint</c> at sign-out).</summary>
    public const string IdTokenName = "id_token";

    /// <summary>The name under which the session keeps the access token.</summary>
    public const string AccessTokenName = "access_token";

    /// <summary>The name under which the session keeps the refresh token.</summary>
    public const string RefreshTokenName = "refresh_token";

    /// <summary>The name under which the session keeps the access token's expiry (ISO 8601, round-trip format).</summary>
    public const string ExpiresAtName = "expires_at";

    /// <summary>The authentication-properties item naming the OIDC scheme a cookie session was signed in with.</summary>
    public const string SessionSchemeItem = ".Authing.OidcScheme";
}
