using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.Users;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Authing.Emulator.Oidc;

/// <summary>
/// Signs the provider's RS256 tokens with the current key: access tokens (<c>jti, sub, iss, iat, exp, scope, aud</c>)
/// and id_tokens (the user's claims for the scope, <c>aud, iss, iat, exp, auth_time</c>, <c>nonce</c> when sent and
/// <c>at_hash</c>); and validates them against every published key.
/// </summary>
public sealed class OidcTokens
{
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly OidcSigningKeys keys;
    private readonly TimeProvider time;

    internal OidcTokens(OidcSigningKeys keys, TimeProvider time)
    {
        this.keys = keys;
        this.time = time;
    }

    /// <summary>A signed access token for <paramref name="user"/>.</summary>
    public string CreateAccessToken(string issuer, OidcApp app, EmulatorUser user, string scope)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(user);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["jti"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
            ["sub"] = user.Id,
            ["scope"] = scope,
        };
        return Sign(issuer, app.ClientId, app.AccessTokenLifetime, claims);
    }

    /// <summary>A signed id_token for <paramref name="user"/>, bound to <paramref name="accessToken"/> by <c>at_hash</c>.</summary>
    public string CreateIdToken(string issuer, OidcApp app, EmulatorUser user, string scope, string? nonce, DateTimeOffset authTime, string accessToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(user);
        var claims = OidcUserClaims.For(user, scope);
        claims["auth_time"] = authTime.ToUnixTimeSeconds();
        claims["at_hash"] = AtHash(accessToken);
        if (!string.IsNullOrEmpty(nonce))
        {
            claims["nonce"] = nonce;
        }

        return Sign(issuer, app.ClientId, app.IdTokenLifetime, claims);
    }

    /// <summary>
    /// Validates a token's signature (any published key) and issuer; with <paramref name="checkExpiry"/> also its
    /// <c>exp</c> against the emulator's clock. Returns the token, or null when it fails.
    /// </summary>
    public async Task<JsonWebToken?> ValidateAsync(string? token, string issuer, bool checkExpiry)
    {
        if (string.IsNullOrWhiteSpace(token) || !handler.CanReadToken(token))
        {
            return null;
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            IssuerSigningKeys = keys.All,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }

        return !checkExpiry || (jwt.TryGetPayloadValue<long>("exp", out var exp) && exp > time.GetUtcNow().ToUnixTimeSeconds()) ? jwt : null;
    }

    /// <summary>The left half of the SHA-256 of the access token, base64url (OIDC Core section 3.1.3.6).</summary>
    public static string AtHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64Url.EncodeToString(hash.AsSpan(0, hash.Length / 2));
    }

    private string Sign(string issuer, string audience, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = time.GetUtcNow();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys.Current, SecurityAlgorithms.RsaSha256),
        });
    }
}
