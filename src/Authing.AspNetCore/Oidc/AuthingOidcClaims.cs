using System.Security.Claims;
using System.Text.Json;
using Authing.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Maps an id_token (and the userinfo answer, when asked for) to a principal with the claim types the bearer handler and
/// the cookie sign-in use (<see cref="AuthingClaimTypes"/>); protocol claims (<c>nonce</c>, <c>at_hash</c>, <c>aud</c>...) are left out.
/// </summary>
internal static class AuthingOidcClaims
{
    public static ClaimsPrincipal Create(JsonWebToken idToken, JsonElement? userInfo, string authenticationType, string issuer)
    {
        string subject = idToken.Subject;
        var claims = new List<Claim>
        {
            new(AuthingClaimTypes.Subject, subject, ClaimValueTypes.String, issuer),
            new(ClaimTypes.NameIdentifier, subject, ClaimValueTypes.String, issuer),
        };
        string? email = Read("email");
        string? phone = Read("phone_number");
        string? username = Read("preferred_username") ?? Read("username");
        Add(AuthingClaimTypes.Name, FirstPresent(Read("name"), Read("nickname"), username, email, phone, subject));
        Add(AuthingClaimTypes.Email, email);
        Add(AuthingClaimTypes.PhoneNumber, phone);
        Add(AuthingClaimTypes.PreferredUsername, username);
        Add(AuthingClaimTypes.Picture, Read("picture"));
        Add(AuthingClaimTypes.UnionId, Read("unionid"));
        Add(AuthingClaimTypes.ClientId, Read("register_in_userpool"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, AuthingClaimTypes.Name, ClaimTypes.Role));

        string? Read(string name)
        {
            if (idToken.TryGetPayloadValue(name, out string? value) && !string.IsNullOrEmpty(value))
            {
                return value;
            }

            return userInfo is { ValueKind: JsonValueKind.Object } info
                && info.TryGetProperty(name, out JsonElement element)
                && element.ValueKind == JsonValueKind.String
                && element.GetString() is { Length: > 0 } text
                    ? text
                    : null;
        }

        void Add(string type, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                claims.Add(new Claim(type, value, ClaimValueTypes.String, issuer));
            }
        }
    }

    private static string? FirstPresent(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrEmpty(value));
}
