using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Mfa;

/// <summary>Log messages of the MFA flow; never a code, a secret, a password or a token.</summary>
internal static partial class AuthingMfaLog
{
    [LoggerMessage(1401, LogLevel.Debug, "MFA: a login needs a code; challenge opened for {Lifetime}.", EventName = "AuthingMfaChallengeOpened")]
    public static partial void ChallengeOpened(this ILogger logger, TimeSpan lifetime);

    [LoggerMessage(1402, LogLevel.Information, "MFA: a wrong code for a login challenge; {Remaining} attempts left.", EventName = "AuthingMfaWrongCode")]
    public static partial void WrongCode(this ILogger logger, int remaining);

    [LoggerMessage(1403, LogLevel.Warning, "MFA: a login challenge ended after {Attempts} wrong codes.", EventName = "AuthingMfaChallengeLocked")]
    public static partial void ChallengeLocked(this ILogger logger, int attempts);

    [LoggerMessage(1404, LogLevel.Debug, "MFA: user {UserId} completed a login with a code.", EventName = "AuthingMfaLoginCompleted")]
    public static partial void LoginCompleted(this ILogger logger, string userId);

    [LoggerMessage(1405, LogLevel.Information, "MFA: user {UserId} turned MFA {State}.", EventName = "AuthingMfaChanged")]
    public static partial void MfaChanged(this ILogger logger, string userId, string state);

    [LoggerMessage(1406, LogLevel.Information, "MFA: user {UserId} gave a wrong code to {Action}.", EventName = "AuthingMfaWrongAccountCode")]
    public static partial void WrongAccountCode(this ILogger logger, string userId, string action);
}
