using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Client;

/// <summary>Log messages of the Authing client (event ids 1100-1199). Never a token, secret or password.</summary>
internal static partial class AuthingClientLog
{
    [LoggerMessage(EventId = 1100, EventName = "OperationCompleted", Level = LogLevel.Debug,
        Message = "Authing operation {OperationName} completed in {ElapsedMilliseconds} ms")]
    public static partial void OperationCompleted(ILogger logger, string operationName, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1101, EventName = "OperationRejected", Level = LogLevel.Debug,
        Message = "Authing operation {OperationName} answered error code {Code} after {ElapsedMilliseconds} ms")]
    public static partial void OperationRejected(ILogger logger, string operationName, int? code, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1102, EventName = "TransportFailed", Level = LogLevel.Warning,
        Message = "Authing operation {OperationName} failed in transport after {ElapsedMilliseconds} ms: {Reason}")]
    public static partial void TransportFailed(ILogger logger, string operationName, long elapsedMilliseconds, string reason);

    [LoggerMessage(EventId = 1103, EventName = "RetryingRequest", Level = LogLevel.Warning,
        Message = "Retrying Authing operation {OperationName} (attempt {Attempt}) in {DelayMilliseconds} ms after {Outcome}")]
    public static partial void RetryingRequest(ILogger logger, string operationName, int attempt, long delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 1104, EventName = "OwnerTokenRenewed", Level = LogLevel.Debug,
        Message = "OwnerToken of Authing client {ClientName} renewed; next renewal at {RenewAt}")]
    public static partial void OwnerTokenRenewed(ILogger logger, string clientName, DateTimeOffset renewAt);
}
