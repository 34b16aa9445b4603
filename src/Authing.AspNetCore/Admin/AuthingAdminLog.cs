using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Admin;

/// <summary>Log messages of the Authing admin API (event ids 1500-1599): ids and codes only, never a token, secret, password or request body.</summary>
internal static partial class AuthingAdminLog
{
    [LoggerMessage(1500, LogLevel.Warning, "The Authing admin API at /{RoutePrefix} has no authorization policy (AuthingAdminApiOptions.PolicyName, key Authing:AdminApi:PolicyName): every call is refused until one is configured.", EventName = "AuthingAdminNoPolicy")]
    public static partial void NoPolicy(this ILogger logger, string routePrefix);

    [LoggerMessage(1501, LogLevel.Error, "The Authing admin API at /{RoutePrefix} requires the authorization policy '{PolicyName}', which the app does not register: every call is refused. Add it with AddAuthorization(options => options.AddPolicy(...)).", EventName = "AuthingAdminPolicyMissing")]
    public static partial void PolicyMissing(this ILogger logger, string routePrefix, string policyName);

    [LoggerMessage(1502, LogLevel.Information, "The Authing admin API is served at /{RoutePrefix} to callers satisfying the policy '{PolicyName}', through Authing client '{ClientName}'.", EventName = "AuthingAdminReady")]
    public static partial void Ready(this ILogger logger, string routePrefix, string policyName, string clientName);

    [LoggerMessage(1503, LogLevel.Information, "Authing admin API: {Action} refused to caller {CallerId}, who does not satisfy the policy ({Outcome}).", EventName = "AuthingAdminCallerRefused")]
    public static partial void CallerRefused(this ILogger logger, string action, string? callerId, string outcome);

    [LoggerMessage(1504, LogLevel.Debug, "Authing admin API: {Action} by caller {CallerId} on user {UserId} succeeded.", EventName = "AuthingAdminActionSucceeded")]
    public static partial void ActionSucceeded(this ILogger logger, string action, string? callerId, string? userId);

    [LoggerMessage(1505, LogLevel.Information, "Authing admin API: {Action} by caller {CallerId} answered {StatusCode}: Authing refused it with code {AuthingCode}.", EventName = "AuthingAdminAuthingRefused")]
    public static partial void AuthingRefused(this ILogger logger, string action, string? callerId, int statusCode, int? authingCode);

    [LoggerMessage(1506, LogLevel.Warning, "Authing admin API: {Action} by caller {CallerId} answered 503: Authing could not be reached.", EventName = "AuthingAdminAuthingUnavailable")]
    public static partial void AuthingUnavailable(this ILogger logger, string action, string? callerId, Exception exception);
}
