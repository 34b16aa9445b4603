using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authing.Emulator.Tests.GraphQL;

/// <summary>Runs requests against <see cref="TestSchema"/> through the public executor.</summary>
internal static class GraphQLTestRunner
{
    public static async Task<JsonObject> RunAsync(string query, JsonObject? variables = null, string? operationName = null, List<string>? log = null, GraphQLLimits? limits = null)
    {
        var executor = new GraphQLExecutor(TestSchema.Create(log), limits ?? new GraphQLLimits(), NullLogger<GraphQLExecutor>.Instance);
        return await executor.ExecuteAsync(new GraphQLRequest(query, operationName, variables), "state-1", CancellationToken.None);
    }

    public static string FirstMessage(JsonObject result) => result["errors"]![0]!["message"]!.ToString();
}
