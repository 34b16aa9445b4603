using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Cookies;

/// <summary>Log messages of the Authing cookie session; never the token.</summary>
internal static partial class AuthingCookieLog
{
    [LoggerMessage(1301, LogLevel.Information, "Cookie scheme {CookieScheme}: the session of user {UserId} ended because Authing rejected its UserToken with code {AuthingCode}.", EventName = "AuthingCookieSessionRejected")]
    public static partial void SessionRejected(this ILogger logger, string cookieScheme, string? userId, int authingCode);

    [LoggerMessage(1302, LogLevel.Warning, "Cookie scheme {CookieScheme}: the session holds no UserToken; it is ended.", EventName = "AuthingCookieSessionWithoutToken")]
    public static partial void SessionWithoutToken(this ILogger logger, string cookieScheme);

    [LoggerMessage(1303, LogLevel.Error, "Cookie scheme {CookieScheme}: the UserToken could not be validated with Authing; this request is anonymous, the session is kept.", EventName = "AuthingCookieValidationUnavailable")]
    public static partial void ValidationUnavailable(this ILogger logger, string cookieScheme, Exception exception);

    [LoggerMessage(1304, LogLevel.Debug, "Cookie scheme {CookieScheme}: signed in user {UserId}.", EventName = "AuthingCookieSignedIn")]
    public static partial void SignedIn(this ILogger logger, string cookieScheme, string userId);
}
