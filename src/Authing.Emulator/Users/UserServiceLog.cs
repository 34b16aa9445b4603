namespace Authing.Emulator.Users;

/// <summary>The user service's log messages; never a password or a token.</summary>
internal static partial class UserServiceLog
{
    [LoggerMessage(EventId = 100, EventName = "UserRegistered", Level = LogLevel.Debug, Message = "User {UserId} registered in pool {PoolId} ({RegisterMethod}).")]
    public static partial void UserRegistered(ILogger logger, string userId, string poolId, string? registerMethod);

    [LoggerMessage(EventId = 101, EventName = "LoginSucceeded", Level = LogLevel.Debug, Message = "User {UserId} logged in to pool {PoolId}.")]
    public static partial void LoginSucceeded(ILogger logger, string userId, string poolId);

    [LoggerMessage(EventId = 102, EventName = "LoginRejected", Level = LogLevel.Information, Message = "Login to pool {PoolId} rejected with code {Code}.")]
    public static partial void LoginRejected(ILogger logger, string poolId, int code);
}
