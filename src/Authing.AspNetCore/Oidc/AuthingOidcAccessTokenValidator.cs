using Authing.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Validates an OIDC access token locally against the provider's JWKS for a bearer scheme in
/// <see cref="AuthingValidationMode.OidcAccessToken"/> mode, and answers in the shape of Authing's verdicts: 2206 for an
/// expired token, 2207 for any other invalid token (an id_token, which carries no <c>scope</c>, is not an access token).
/// Only fetching the discovery document or JWKS reaches the network.
/// </summary>
/// <param name="optionsMonitor">The bearer schemes' options.</param>
/// <param name="timeProvider">The clock <c>exp</c> and <c>nbf</c> are checked against.</param>
internal sealed class AuthingOidcAccessTokenValidator(IOptionsMonitor<AuthingOptions> optionsMonitor, TimeProvider timeProvider)
{
    private const int Accepted = 200;
    private const int Expired = 2206;
    private const int Invalid = 2207;

    public async Task<AuthingTokenIntrospection> ValidateAsync(string schemeName, string token, CancellationToken cancellationToken)
    {
        AuthingOptions options = optionsMonitor.Get(schemeName);
        TokenValidationResult result = await AuthingJwtValidation.ValidateAsync(
            token,
            options.OidcConfigurationManager ?? throw new InvalidOperationException($"Scheme '{schemeName}' has no OIDC configuration manager; set Authing:Oidc:Authority."),
            options.OidcAudience!,
            options.OidcClockSkew,
            timeProvider,
            cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            int code = result.Exception is SecurityTokenInvalidLifetimeException ? Expired : Invalid;
            return new AuthingTokenIntrospection(Active: false, code, AuthingJwtValidation.Describe(result.Exception, "access token"), Claims: null);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var claims = new AuthingTokenClaims(
            jwt.Subject,
            Read(jwt, "email"),
            Read(jwt, "phone_number"),
            Read(jwt, "client_id") ?? options.OidcAudience,
            Read(jwt, "unionid"),
            jwt.TryGetPayloadValue("iat", out long iat) ? iat : null,
            jwt.TryGetPayloadValue("exp", out long exp) ? exp : null);
        if (string.IsNullOrEmpty(jwt.Subject))
        {
            return new AuthingTokenIntrospection(Active: false, Invalid, "The access token names no subject (sub).", Claims: null);
        }

        return jwt.TryGetPayloadValue("scope", out string? scope) && !string.IsNullOrEmpty(scope)
            ? new AuthingTokenIntrospection(Active: true, Accepted, Message: null, claims)
            : new AuthingTokenIntrospection(Active: false, Invalid, "The token carries no scope: it is not an access token (an id_token?).", Claims: null);
    }

    private static string? Read(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
}
