using Authing.Emulator.Users;

namespace Authing.Emulator.Oidc;

/// <summary>The standard claims of a user for a scope: <c>sub</c> always, then the profile, email and phone claims.</summary>
internal static class OidcUserClaims
{
    public static Dictionary<string, object> For(EmulatorUser user, string scope)
    {
        var scopes = OidcScopes.Parse(scope);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = user.Id };
        if (scopes.Contains("profile"))
        {
            AddText(claims, "username", user.Username);
            AddText(claims, "preferred_username", user.Username);
            AddText(claims, "nickname", user.Nickname);
            AddText(claims, "picture", user.Photo);
            claims["updated_at"] = (user.LastLogin ?? user.SignedUp).ToUnixTimeSeconds();
        }

        if (scopes.Contains("email") && !string.IsNullOrEmpty(user.Email))
        {
            claims["email"] = user.Email;
            claims["email_verified"] = user.EmailVerified;
        }

        if (scopes.Contains("phone") && !string.IsNullOrEmpty(user.Phone))
        {
            claims["phone_number"] = user.Phone;
            claims["phone_number_verified"] = user.PhoneVerified;
        }

        return claims;
    }

    private static void AddText(Dictionary<string, object> claims, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims[name] = value;
        }
    }
}
