using System.Text.Json.Nodes;

namespace Authing.Emulator.GraphQL;

/// <summary>The response map, and whether execution started (so <c>data</c> is present) or was refused.</summary>
internal sealed record GraphQLExecutionResult(JsonObject Response, GraphQLOutcome Outcome);

/// <summary>How far a request got.</summary>
internal enum GraphQLOutcome
{
    /// <summary>Execution ran; the response has <c>data</c>.</summary>
    Executed,

    /// <summary>A parse, validation or request error stopped it before execution.</summary>
    RequestError,

    /// <summary>The operation is a mutation and the transport allows only queries (HTTP GET).</summary>
    MutationNotAllowed,
}
