using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Validates a JWT issued by Authing's OIDC provider against its discovery document: signature (JWKS), <c>iss</c>,
/// <c>aud</c>, <c>exp</c>/<c>nbf</c> with clock skew. A token signed with a key the cached JWKS does not hold asks the
/// configuration manager to refresh once (a key rotation), then validates again.
/// </summary>
internal static class AuthingJwtValidation
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public static async Task<TokenValidationResult> ValidateAsync(
        string token,
        IConfigurationManager<OpenIdConnectConfiguration> manager,
        string audience,
        TimeSpan clockSkew,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        TokenValidationResult result = await Handler.ValidateTokenAsync(token, Parameters(configuration, audience, clockSkew, timeProvider)).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            manager.RequestRefresh();
            configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            result = await Handler.ValidateTokenAsync(token, Parameters(configuration, audience, clockSkew, timeProvider)).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>A short reason for a failed validation, naming no token and no key.</summary>
    public static string Describe(Exception? failure, string what) => failure switch
    {
        SecurityTokenInvalidLifetimeException => $"The {what} expired or is not valid yet.",
        SecurityTokenInvalidAudienceException => $"The {what} was issued to another application (aud).",
        SecurityTokenInvalidIssuerException => $"The {what} was issued by another provider (iss).",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => $"The {what}'s signature is invalid.",
        SecurityTokenMalformedException => $"The {what} is not a well-formed JWT.",
        _ => $"The {what} is invalid.",
    };

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew, DateTime now) =>
        expires is { } exp && exp.ToUniversalTime() > now - clockSkew && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + clockSkew);

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string audience, TimeSpan clockSkew, TimeProvider timeProvider) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudience = audience,
        IssuerSigningKeys = configuration.SigningKeys,
        ClockSkew = clockSkew,
        LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, clockSkew, timeProvider.GetUtcNow().UtcDateTime),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
    };
}
