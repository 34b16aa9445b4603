using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Authentication;

/// <summary>The Authing handler's log messages (ids 1000-1099). None of them carries a token.</summary>
internal static partial class LoggingExtensions
{
    [LoggerMessage(1001, LogLevel.Debug, "Scheme {AuthenticationScheme} validated the token of user {UserId}.", EventName = "AuthingTokenValidated")]
    public static partial void TokenValidated(this ILogger logger, string authenticationScheme, string userId);

    [LoggerMessage(1002, LogLevel.Information, "Scheme {AuthenticationScheme}: Authing rejected the token with code {AuthingCode}.", EventName = "AuthingTokenRejected")]
    public static partial void TokenRejected(this ILogger logger, string authenticationScheme, int authingCode);

    [LoggerMessage(1003, LogLevel.Error, "Scheme {AuthenticationScheme}: the token could not be validated with Authing; the request is refused.", EventName = "AuthingUnavailable")]
    public static partial void AuthingUnavailable(this ILogger logger, string authenticationScheme, Exception exception);

    [LoggerMessage(1004, LogLevel.Warning, "Scheme {AuthenticationScheme}: reading the distributed cache failed; asking Authing instead.", EventName = "AuthingDistributedCacheReadFailed")]
    public static partial void DistributedCacheReadFailed(this ILogger logger, string authenticationScheme, Exception exception);

    [LoggerMessage(1005, LogLevel.Warning, "Scheme {AuthenticationScheme}: writing the distributed cache failed; the validation is kept in memory only.", EventName = "AuthingDistributedCacheWriteFailed")]
    public static partial void DistributedCacheWriteFailed(this ILogger logger, string authenticationScheme, Exception exception);

    [LoggerMessage(1006, LogLevel.Debug, "Scheme {AuthenticationScheme}: an OnChallenge handler wrote the response.", EventName = "AuthingChallengeHandled")]
    public static partial void ChallengeHandled(this ILogger logger, string authenticationScheme);

    [LoggerMessage(1007, LogLevel.Debug, "Scheme {AuthenticationScheme}: the response has started, so the 403 status could not be set.", EventName = "AuthingForbiddenResponseHasStarted")]
    public static partial void ForbiddenResponseHasStarted(this ILogger logger, string authenticationScheme);
}
