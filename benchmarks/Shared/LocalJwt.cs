using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Authing.Benchmarking;

/// <summary>
/// The reference an app would otherwise pick: HS256 JWTs signed with a random key and validated locally by
/// Microsoft's JwtBearer handler (issuer, audience, lifetime and signature checked).
/// </summary>
internal sealed class LocalJwt
{
    private const string Issuer = "https://issuer.benchmarks.local/";
    private const string Audience = "authing-benchmarks";

    private readonly SymmetricSecurityKey key = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The parameters JwtBearer validates the tokens with.</summary>
    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
    };

    /// <summary>Creates a token for <paramref name="userId"/> carrying the claims an Authing UserToken carries, valid for a day.</summary>
    public string CreateToken(string userId)
    {
        DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddDays(1),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId),
                new Claim(JwtRegisteredClaimNames.Email, "bench@example.com"),
                new Claim("client_id", "656d756c61746f7200000001"),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
