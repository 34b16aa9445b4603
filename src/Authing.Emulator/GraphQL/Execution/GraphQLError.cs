using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Language;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>One entry of a response's <c>errors</c>: message, locations, path and extensions (spec §7.1.2).</summary>
internal sealed record GraphQLError(
    JsonNode Message,
    IReadOnlyList<SourceLocation> Locations,
    ResponsePath? Path = null,
    JsonObject? Extensions = null)
{
    public GraphQLError(string message, params IReadOnlyList<SourceLocation> locations)
        : this(JsonValue.Create(message), locations)
    {
    }

    public JsonObject ToJson()
    {
        var error = new JsonObject { ["message"] = Message.DeepClone() };
        if (Locations.Count > 0)
        {
            error["locations"] = new JsonArray([.. Locations.Select(l => new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]);
        }

        if (Path is not null)
        {
            error["path"] = Path.ToJson();
        }

        if (Extensions is not null)
        {
            error["extensions"] = Extensions.DeepClone();
        }

        return error;
    }
}
