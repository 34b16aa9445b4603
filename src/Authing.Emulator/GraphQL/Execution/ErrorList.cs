using System.Text.Json.Nodes;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>The errors of one request, capped at a maximum; one final error says when more were dropped.</summary>
internal sealed class ErrorList(int maxErrors)
{
    private readonly List<GraphQLError> errors = [];
    private bool truncated;

    public int Count => errors.Count;

    public void Add(GraphQLError error)
    {
        if (errors.Count < maxErrors)
        {
            errors.Add(error);
        }
        else
        {
            truncated = true;
        }
    }

    public void AddRange(IEnumerable<GraphQLError> more)
    {
        foreach (var error in more)
        {
            Add(error);
        }
    }

    public JsonArray ToJson()
    {
        var result = new JsonArray([.. errors.Select(e => e.ToJson())]);
        if (truncated)
        {
            result.Add(new GraphQLError($"Too many errors; only the first {maxErrors} are reported.").ToJson());
        }

        return result;
    }
}
