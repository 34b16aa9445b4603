using Microsoft.Extensions.Logging;

namespace Authing.Emulator.GraphQL;

/// <summary>Log messages of the GraphQL engine and endpoint.</summary>
internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 3001, EventName = "GraphQLResolverFailed", Level = LogLevel.Error, Message = "The resolver of {TypeName}.{FieldName} failed; the caller sees an internal server error.")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string typeName, string fieldName);

    [LoggerMessage(EventId = 3002, EventName = "GraphQLRequestFailed", Level = LogLevel.Error, Message = "A GraphQL request failed unexpectedly; the caller sees an internal server error.")]
    public static partial void RequestFailed(ILogger logger, Exception exception);
}
