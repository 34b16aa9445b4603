using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Validates the id_token of a sign-in: signature, <c>iss</c>, <c>aud</c> (the client_id), <c>exp</c>/<c>nbf</c> with
/// the scheme's clock skew, the <c>nonce</c> sent with the authorization request, and <c>at_hash</c> when present.
/// A failure throws <see cref="AuthenticationFailureException"/> with a short reason (never the token).
/// </summary>
/// <param name="timeProvider">The clock <c>exp</c> and <c>nbf</c> are checked against.</param>
internal sealed class AuthingOidcIdTokenValidator(TimeProvider timeProvider)
{
    private const string What = "id_token";

    public async Task<JsonWebToken> ValidateAsync(
        string idToken, string? accessToken, string? expectedNonce, AuthingOidcOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        TokenValidationResult result = await AuthingJwtValidation.ValidateAsync(
            idToken,
            options.ConfigurationManager ?? throw new InvalidOperationException("The OIDC scheme has no configuration manager; set Authority."),
            options.ClientId,
            options.ClockSkew,
            timeProvider,
            cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw Rejected(AuthingJwtValidation.Describe(result.Exception, What));
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (string.IsNullOrEmpty(expectedNonce))
        {
            throw Rejected("The sign-in sent no nonce, so the id_token cannot be bound to it.");
        }

        if (!token.TryGetPayloadValue("nonce", out string? nonce) || string.IsNullOrEmpty(nonce))
        {
            throw Rejected("The id_token carries no nonce.");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(expectedNonce)))
        {
            throw Rejected("The id_token's nonce is not the one this sign-in sent.");
        }

        if (token.TryGetPayloadValue("at_hash", out string? atHash) && !string.IsNullOrEmpty(accessToken)
            && !string.Equals(atHash, AccessTokenHash(accessToken, token.Alg), StringComparison.Ordinal))
        {
            throw Rejected("The id_token's at_hash does not match the access token.");
        }

        if (string.IsNullOrEmpty(token.Subject))
        {
            throw Rejected("The id_token names no subject (sub).");
        }

        return token;
    }

    /// <summary>The <c>at_hash</c> of <paramref name="accessToken"/>: the left half of its hash with the id_token's algorithm's hash function, base64url.</summary>
    internal static string AccessTokenHash(string accessToken, string algorithm)
    {
        byte[] ascii = Encoding.ASCII.GetBytes(accessToken);
        byte[] hash = algorithm switch
        {
            SecurityAlgorithms.RsaSha384 or SecurityAlgorithms.EcdsaSha384 or SecurityAlgorithms.RsaSsaPssSha384 => SHA384.HashData(ascii),
            SecurityAlgorithms.RsaSha512 or SecurityAlgorithms.EcdsaSha512 or SecurityAlgorithms.RsaSsaPssSha512 => SHA512.HashData(ascii),
            _ => SHA256.HashData(ascii),
        };
        return Base64UrlEncoder.Encode(hash, 0, hash.Length / 2);
    }

    private static AuthenticationFailureException Rejected(string reason)
    {
        var failure = new AuthenticationFailureException(reason);
        failure.Data["error"] = "invalid_id_token";
        return failure;
    }
}
