namespace Authing.AspNetCore.Cookies;

/// <summary>Names used by the Authing cookie session.</summary>
public static class AuthingCookieDefaults
{
    /// <summary>The default name of the cookie scheme added by <c>AddAuthingCookie()</c>.</summary>
    public const string AuthenticationScheme = "AuthingCookie";

    /// <summary>The default name of the session cookie.</summary>
    public const string CookieName = ".Authing.Session";

    /// <summary>The name under which the session keeps the user's UserToken (<c>AuthenticationProperties.GetTokenValue</c>).</summary>
    public const string UserTokenName = "authing_user_token";
}
