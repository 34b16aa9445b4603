using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Oidc;

/// <summary>Log messages of the Authing OIDC scheme (ids 1200-1299). None of them carries a token, code or secret.</summary>
internal static partial class AuthingOidcLog
{
    [LoggerMessage(1201, LogLevel.Debug, "Scheme {AuthenticationScheme} signed in user {UserId}.", EventName = "AuthingOidcSignedIn")]
    public static partial void SignedIn(this ILogger logger, string authenticationScheme, string userId);

    [LoggerMessage(1202, LogLevel.Information, "Scheme {AuthenticationScheme} rejected the id_token: {Reason}", EventName = "AuthingOidcIdTokenRejected")]
    public static partial void IdTokenRejected(this ILogger logger, string authenticationScheme, string reason);

    [LoggerMessage(1203, LogLevel.Warning, "Scheme {AuthenticationScheme}: the discovery document has no end_session_endpoint; only the local session ends.", EventName = "AuthingOidcNoEndSession")]
    public static partial void NoEndSessionEndpoint(this ILogger logger, string authenticationScheme);

    [LoggerMessage(1204, LogLevel.Debug, "Scheme {AuthenticationScheme}: refreshed the access token of user {UserId}.", EventName = "AuthingOidcTokenRefreshed")]
    public static partial void TokenRefreshed(this ILogger logger, string authenticationScheme, string? userId);

    [LoggerMessage(1205, LogLevel.Information, "Scheme {AuthenticationScheme}: refreshing the access token of user {UserId} failed with {Error} (terminal: {IsTerminal}); session ended: {SessionEnded}.", EventName = "AuthingOidcTokenRefreshFailed")]
    public static partial void TokenRefreshFailed(this ILogger logger, string authenticationScheme, string? userId, string error, bool isTerminal, bool sessionEnded);

    [LoggerMessage(1206, LogLevel.Warning, "Scheme {AuthenticationScheme}: the userinfo endpoint named another subject than the id_token; its claims are ignored.", EventName = "AuthingOidcUserInfoSubjectMismatch")]
    public static partial void UserInfoSubjectMismatch(this ILogger logger, string authenticationScheme);

    [LoggerMessage(1207, LogLevel.Debug, "Scheme {AuthenticationScheme}: redirecting to the end-session endpoint.", EventName = "AuthingOidcRedirectToEndSession")]
    public static partial void RedirectToEndSession(this ILogger logger, string authenticationScheme);
}
