using System.Globalization;
using System.Security.Claims;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Cookies;

/// <summary>Builds the principal of a signed-in Authing user, with the claim types the bearer handler issues.</summary>
public static class AuthingPrincipal
{
    /// <summary>Creates the principal for <paramref name="user"/>.</summary>
    /// <param name="user">The user as Authing returned it from a login.</param>
    /// <param name="authenticationType">The authentication type of the identity (the cookie scheme's name).</param>
    /// <param name="issuer">The issuer of the claims.</param>
    /// <returns>A principal whose name is <see cref="AuthingClaimTypes.Name"/> and whose id is <see cref="AuthingClaimTypes.Subject"/>.</returns>
    public static ClaimsPrincipal Create(AuthingUser user, string authenticationType, string issuer = AuthingDefaults.AuthenticationScheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(authenticationType);
        ArgumentException.ThrowIfNullOrEmpty(user.Id);
        var claims = new List<Claim>
        {
            new(AuthingClaimTypes.Subject, user.Id, ClaimValueTypes.String, issuer),
            new(ClaimTypes.NameIdentifier, user.Id, ClaimValueTypes.String, issuer),
        };
        Add(AuthingClaimTypes.Name, FirstPresent(user.Nickname, user.Username, user.Email, user.Phone, user.Id));
        Add(AuthingClaimTypes.Email, user.Email);
        Add(AuthingClaimTypes.PhoneNumber, user.Phone);
        Add(AuthingClaimTypes.PreferredUsername, user.Username);
        Add(AuthingClaimTypes.Picture, user.Photo);
        Add(AuthingClaimTypes.UnionId, user.Unionid);
        Add(AuthingClaimTypes.ClientId, user.RegisterInClient);
        if (user.Token is { } token && JwtExpiryReader.ReadExpiry(token) is { } expiry)
        {
            claims.Add(new Claim(AuthingClaimTypes.ExpiresAt, expiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64, issuer));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, AuthingClaimTypes.Name, ClaimTypes.Role));

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
