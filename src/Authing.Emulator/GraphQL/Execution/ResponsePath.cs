using System.Text.Json.Nodes;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>The path of a response value: field names and list indices from the root.</summary>
internal sealed class ResponsePath(ResponsePath? parent, string? key, int index)
{
    public ResponsePath? Parent { get; } = parent;

    public static ResponsePath Field(ResponsePath? parent, string name) => new(parent, name, -1);

    public static ResponsePath Index(ResponsePath parent, int index) => new(parent, null, index);

    public JsonArray ToJson()
    {
        var segments = new List<JsonNode>();
        for (var node = this; node is not null; node = node.Parent)
        {
            segments.Add(node.AsNode());
        }

        segments.Reverse();
        return new JsonArray([.. segments]);
    }

    private JsonValue AsNode() => key is null ? JsonValue.Create(index) : JsonValue.Create(key);
}
