using System.Text.Json.Nodes;

namespace Authing.Emulator.GraphQL;

/// <summary>A GraphQL request: the document, the operation to run (when it holds several) and the variables.</summary>
public sealed record GraphQLRequest(string Query, string? OperationName, JsonObject? Variables);
