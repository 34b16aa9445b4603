namespace Authing.AspNetCore.Authentication;

/// <summary>The claim types the Authing handler issues (besides <see cref="System.Security.Claims.ClaimTypes.NameIdentifier"/>).</summary>
public static class AuthingClaimTypes
{
    /// <summary>The user's id.</summary>
    public const string Subject = "sub";

    /// <summary>The user's e-mail address.</summary>
    public const string Email = "email";

    /// <summary>The user's phone number.</summary>
    public const string PhoneNumber = "phone_number";

    /// <summary>The user pool (client) that issued the token.</summary>
    public const string ClientId = "client_id";

    /// <summary>The user's union id at a social identity provider.</summary>
    public const string UnionId = "unionid";

    /// <summary>When the token was issued, in Unix seconds.</summary>
    public const string IssuedAt = "iat";

    /// <summary>When the token expires, in Unix seconds.</summary>
    public const string ExpiresAt = "exp";

    /// <summary>The name to show for the user (nickname, else user name, e-mail or phone); set by cookie sign-in.</summary>
    public const string Name = "name";

    /// <summary>The user's user name; set by cookie sign-in.</summary>
    public const string PreferredUsername = "preferred_username";

    /// <summary>The URL of the user's picture; set by cookie sign-in.</summary>
    public const string Picture = "picture";
}
