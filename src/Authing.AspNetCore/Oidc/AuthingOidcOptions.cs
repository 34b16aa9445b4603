using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Authing.AspNetCore.Oidc;

/// <summary>Options of an Authing OIDC scheme: one OIDC application of a user pool, signed in with the authorization code flow.</summary>
public sealed class AuthingOidcOptions : OAuthOptions
{
    /// <summary>Creates the options with their defaults.</summary>
    /// <remarks>
    /// Defaults: <see cref="Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions.CallbackPath"/> =
    /// <see cref="AuthingOidcDefaults.CallbackPath"/>; <see cref="SignedOutCallbackPath"/> = <see cref="AuthingOidcDefaults.SignedOutCallbackPath"/>;
    /// <see cref="SignedOutRedirectUri"/> = <c>/</c>; scope <c>openid profile email phone offline_access</c>; PKCE on;
    /// <c>SaveTokens</c> on (the session keeps the id_token for sign-out and the refresh token);
    /// <see cref="RequireHttpsMetadata"/> = <see langword="true"/>; <see cref="GetClaimsFromUserInfoEndpoint"/> = <see langword="false"/>;
    /// <see cref="ClockSkew"/> = 2 minutes; <see cref="RefreshBeforeExpiry"/> = 2 minutes;
    /// <see cref="MetadataRefreshInterval"/> = 1 minute; <see cref="AutomaticMetadataRefreshInterval"/> = 12 hours;
    /// correlation cookie <c>SameSite=Lax</c>, <c>Secure</c> when the request is HTTPS.
    /// </remarks>
    public AuthingOidcOptions()
    {
        CallbackPath = AuthingOidcDefaults.CallbackPath;
        SignedOutCallbackPath = AuthingOidcDefaults.SignedOutCallbackPath;
        SignedOutRedirectUri = "/";
        Scope.Clear();
        Scope.Add("openid");
        Scope.Add("profile");
        Scope.Add("email");
        Scope.Add("phone");
        Scope.Add("offline_access");
        UsePkce = true;
        SaveTokens = true;
        RequireHttpsMetadata = true;
        ClockSkew = TimeSpan.FromMinutes(2);
        RefreshBeforeExpiry = TimeSpan.FromMinutes(2);
        MetadataRefreshInterval = TimeSpan.FromMinutes(1);
        AutomaticMetadataRefreshInterval = TimeSpan.FromHours(12);
        CorrelationCookie.SameSite = SameSiteMode.Lax;
        CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        Events = new AuthingOidcEvents();
    }

    /// <summary>
    /// The issuer, <c>https://&lt;your-domain&gt;.authing.cn/oauth/oidc</c>. When unset it is derived from the
    /// <c>RestBase</c> key of the same configuration section (<c>{RestBase}/oauth/oidc</c>), which is right for the emulator
    /// and private deployments.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>The discovery document's address; defaults to <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public Uri? MetadataAddress { get; set; }

    /// <summary>Whether the discovery document and JWKS must come over HTTPS. Turn off only for a local provider such as the emulator.</summary>
    public bool RequireHttpsMetadata { get; set; }

    /// <summary>
    /// Reads and caches the discovery document and JWKS; built from <see cref="MetadataAddress"/> when unset. It is asked
    /// to refresh when a token names a key it does not know (a key rotation).
    /// </summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? ConfigurationManager { get; set; }

    /// <summary>The shortest time between two refreshes of the discovery document asked for by an unknown key.</summary>
    public TimeSpan MetadataRefreshInterval { get; set; }

    /// <summary>How long the discovery document and JWKS are used before they are fetched again.</summary>
    public TimeSpan AutomaticMetadataRefreshInterval { get; set; }

    /// <summary>Whether the userinfo endpoint is called after sign-in to add the claims the id_token lacks.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    /// <summary>The time allowed between the clocks of the provider and of this server when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; }

    /// <summary>
    /// Inside a cookie session, how long before the access token expires it is refreshed with the refresh token.
    /// <see cref="TimeSpan.Zero"/> refreshes only once it has expired.
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; set; }

    /// <summary>The path the provider's end-session endpoint redirects back to (registered as a post-logout redirect URI).</summary>
    public PathString SignedOutCallbackPath { get; set; }

    /// <summary>Where the user lands after sign-out when the sign-out gave no <c>RedirectUri</c>; a local path.</summary>
    public string SignedOutRedirectUri { get; set; }

    /// <summary>The scheme's event handlers.</summary>
    public new AuthingOidcEvents Events
    {
        get => (AuthingOidcEvents)base.Events!;
        set => base.Events = value;
    }

    /// <inheritdoc />
    public override void Validate()
    {
        if (string.IsNullOrEmpty(ClientId))
        {
            throw Invalid(nameof(ClientId), "is required; set Authing:Oidc:ClientId to the OIDC application's client_id.");
        }

        if (string.IsNullOrEmpty(ClientSecret))
        {
            throw Invalid(nameof(ClientSecret), "is required; set Authing:Oidc:ClientSecret to the OIDC application's secret (keep it out of source control).");
        }

        if (Authority is null || !Authority.IsAbsoluteUri)
        {
            throw Invalid(nameof(Authority), "is required; set Authing:Oidc:Authority to https://<your-domain>.authing.cn/oauth/oidc, or Authing:RestBase to derive it.");
        }

        if (RequireHttpsMetadata && (MetadataAddress ?? Authority).Scheme != Uri.UriSchemeHttps)
        {
            throw Invalid(nameof(RequireHttpsMetadata), $"is true but the metadata address is not HTTPS; use an https:// authority, or set Authing:Oidc:RequireHttpsMetadata to false for a local provider.");
        }

        if (!Scope.Contains("openid"))
        {
            throw Invalid(nameof(Scope), "must contain 'openid', or no id_token is issued.");
        }

        if (ClockSkew < TimeSpan.Zero || RefreshBeforeExpiry < TimeSpan.Zero || MetadataRefreshInterval < TimeSpan.Zero || AutomaticMetadataRefreshInterval <= TimeSpan.Zero)
        {
            throw Invalid($"{nameof(ClockSkew)}/{nameof(RefreshBeforeExpiry)}/{nameof(MetadataRefreshInterval)}/{nameof(AutomaticMetadataRefreshInterval)}", "must not be negative (and the automatic refresh interval positive).");
        }

        if (!SignedOutCallbackPath.HasValue || SignedOutCallbackPath == CallbackPath)
        {
            throw Invalid(nameof(SignedOutCallbackPath), "must be a path of its own, such as /signout-callback-authing-oidc.");
        }

        if (!LocalRedirect.IsLocal(SignedOutRedirectUri))
        {
            throw Invalid(nameof(SignedOutRedirectUri), "must be a local path such as /.");
        }

        base.Validate();
    }

    private static InvalidOperationException Invalid(string property, string problem) =>
        new($"{nameof(AuthingOidcOptions)}.{property} {problem}");
}
