using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Authing.AspNetCore.Authentication;

/// <summary>Options of an Authing authentication scheme (one per user pool).</summary>
public sealed class AuthingOptions : AuthenticationSchemeOptions
{
    /// <summary>Creates the options with their defaults.</summary>
    /// <remarks>
    /// Defaults: <see cref="ValidationMode"/> = <see cref="AuthingValidationMode.CheckLoginStatus"/>;
    /// <see cref="TokenSources"/> = <see cref="AuthingTokenSources.FromAuthorizationHeader"/> only;
    /// <see cref="CacheDuration"/> = 60 seconds; <see cref="NegativeCacheDuration"/> = 10 seconds;
    /// <see cref="MemoryCacheSizeLimit"/> = 10 000 tokens; <see cref="CacheKeyPrefix"/> = <c>"authing:token:"</c>;
    /// <see cref="SaveToken"/> = <see langword="false"/>; <see cref="IncludeErrorDetails"/> = <see langword="true"/>;
    /// <see cref="Realm"/> = none; <see cref="Events"/> = an <see cref="AuthingEvents"/> that does nothing;
    /// <see cref="OidcRequireHttpsMetadata"/> = <see langword="true"/>; <see cref="OidcClockSkew"/> = 2 minutes.
    /// </remarks>
    public AuthingOptions()
    {
        ValidationMode = AuthingValidationMode.CheckLoginStatus;
        TokenSources = [AuthingTokenSources.FromAuthorizationHeader()];
        CacheDuration = TimeSpan.FromSeconds(60);
        NegativeCacheDuration = TimeSpan.FromSeconds(10);
        MemoryCacheSizeLimit = 10_000;
        CacheKeyPrefix = "authing:token:";
        IncludeErrorDetails = true;
        OidcRequireHttpsMetadata = true;
        OidcClockSkew = TimeSpan.FromMinutes(2);
        Events = new AuthingEvents();
    }

    /// <summary>Which Authing operation validates a token.</summary>
    public AuthingValidationMode ValidationMode { get; set; }

    /// <summary>Where the token is read from, in order; the first source that finds one wins.</summary>
    public IList<AuthingTokenSource> TokenSources { get; set; }

    /// <summary>
    /// How long Authing's acceptance of a token is reused; an entry never outlives the token's <c>exp</c>.
    /// <see cref="TimeSpan.Zero"/> asks Authing on every request.
    /// </summary>
    public TimeSpan CacheDuration { get; set; }

    /// <summary>How long Authing's rejection of a token is reused. <see cref="TimeSpan.Zero"/> never reuses a rejection.</summary>
    public TimeSpan NegativeCacheDuration { get; set; }

    /// <summary>How many validations this scheme keeps in memory (each entry counts 1); read once, when the scheme first validates a token.</summary>
    public long MemoryCacheSizeLimit { get; set; }

    /// <summary>The start of every cache key; the scheme name and the SHA-256 of the token follow it.</summary>
    public string CacheKeyPrefix { get; set; }

    /// <summary>Whether the token is stored in the authentication properties as <see cref="AuthingDefaults.AccessTokenName"/>.</summary>
    public bool SaveToken { get; set; }

    /// <summary>Whether the 401 answer carries an <c>error_description</c> saying why the token failed.</summary>
    public bool IncludeErrorDetails { get; set; }

    /// <summary>The <c>realm</c> attribute of the <c>WWW-Authenticate</c> answer, if any.</summary>
    public string? Realm { get; set; }

    /// <summary>
    /// With <see cref="AuthingValidationMode.OidcAccessToken"/>: the issuer of the access tokens,
    /// <c>https://&lt;your-domain&gt;.authing.cn/oauth/oidc</c>; when unset, <c>{RestBase}/oauth/oidc</c> of the scheme's Authing client.
    /// </summary>
    public Uri? OidcAuthority { get; set; }

    /// <summary>With <see cref="AuthingValidationMode.OidcAccessToken"/>: the audience access tokens must carry, the OIDC application's client_id.</summary>
    public string? OidcAudience { get; set; }

    /// <summary>With <see cref="AuthingValidationMode.OidcAccessToken"/>: whether the discovery document and JWKS must come over HTTPS.</summary>
    public bool OidcRequireHttpsMetadata { get; set; }

    /// <summary>With <see cref="AuthingValidationMode.OidcAccessToken"/>: the time allowed between the provider's clock and this server's.</summary>
    public TimeSpan OidcClockSkew { get; set; }

    /// <summary>
    /// With <see cref="AuthingValidationMode.OidcAccessToken"/>: reads and caches the discovery document and JWKS
    /// (refreshed when a token names an unknown key); built from <see cref="OidcAuthority"/> when unset.
    /// </summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? OidcConfigurationManager { get; set; }

    /// <summary>The scheme's event handlers.</summary>
    public new AuthingEvents Events
    {
        get => (AuthingEvents)base.Events!;
        set => base.Events = value;
    }

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(ValidationMode))
        {
            throw Invalid(nameof(ValidationMode), $"is '{ValidationMode}'; use {nameof(AuthingValidationMode.CheckLoginStatus)}, {nameof(AuthingValidationMode.DecodeJwtToken)} or {nameof(AuthingValidationMode.OidcAccessToken)}.");
        }

        if (ValidationMode == AuthingValidationMode.OidcAccessToken)
        {
            ValidateOidc();
        }

        if (TokenSources is null || TokenSources.Count == 0 || TokenSources.Contains(null!))
        {
            throw Invalid(nameof(TokenSources), "must hold at least one source and no null; add AuthingTokenSources.FromAuthorizationHeader(), FromCookie(name) or FromQueryString(name).");
        }

        if (CacheDuration < TimeSpan.Zero)
        {
            throw Invalid(nameof(CacheDuration), "must not be negative; set a positive duration such as 00:01:00, or 00:00:00 to ask Authing on every request.");
        }

        if (NegativeCacheDuration < TimeSpan.Zero)
        {
            throw Invalid(nameof(NegativeCacheDuration), "must not be negative; set a positive duration such as 00:00:10, or 00:00:00 to never reuse a rejection.");
        }

        if (MemoryCacheSizeLimit <= 0)
        {
            throw Invalid(nameof(MemoryCacheSizeLimit), "must be positive; set the number of tokens to keep in memory, such as 10000.");
        }

        if (string.IsNullOrEmpty(CacheKeyPrefix))
        {
            throw Invalid(nameof(CacheKeyPrefix), "must not be empty; keep the default \"authing:token:\" or set a prefix of your own.");
        }

        if (Realm is not null && Realm.Contains('"', StringComparison.Ordinal))
        {
            throw Invalid(nameof(Realm), "must not contain a double quote; remove it or leave Realm unset.");
        }
    }

    private void ValidateOidc()
    {
        if (string.IsNullOrEmpty(OidcAudience))
        {
            throw Invalid(nameof(OidcAudience), "is required with ValidationMode OidcAccessToken; set Authing:Oidc:ClientId to the OIDC application's client_id.");
        }

        if (OidcConfigurationManager is null)
        {
            throw Invalid(nameof(OidcAuthority), "is required with ValidationMode OidcAccessToken; set Authing:Oidc:Authority (or Authing:RestBase to derive it).");
        }

        if (OidcRequireHttpsMetadata && OidcAuthority is not null && OidcAuthority.Scheme != Uri.UriSchemeHttps)
        {
            throw Invalid(nameof(OidcRequireHttpsMetadata), "is true but the OIDC authority is not HTTPS; use an https:// authority, or set Authing:Oidc:RequireHttpsMetadata to false for a local provider.");
        }

        if (OidcClockSkew < TimeSpan.Zero)
        {
            throw Invalid(nameof(OidcClockSkew), "must not be negative.");
        }
    }

    private static InvalidOperationException Invalid(string property, string problem) =>
        new($"{nameof(AuthingOptions)}.{property} {problem}");
}
