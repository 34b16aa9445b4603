using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Standard_introspection_query_executes_without_errors()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GraphQL", "IntrospectionQuery.graphql"));

        var result = await GraphQLTestRunner.RunAsync(query);

        Assert.Null(result["errors"]);
        Assert.Equal("Query", result["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        var dump = Environment.GetEnvironmentVariable("GRAPHQL_INTROSPECTION_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            await File.WriteAllTextAsync(dump, result.ToJsonString());
        }
    }

    [Fact]
    public async Task Type_lookup_describes_wrappers_and_deprecations()
    {
        var result = await GraphQLTestRunner.RunAsync("""
            { __type(name: "User") { kind name description fields(includeDeprecated: true) { name isDeprecated deprecationReason type { kind ofType { kind name } } } } }
            """);

        Assert.Null(result["errors"]);
        var type = result["data"]!["__type"]!;
        Assert.Equal("OBJECT", type["kind"]!.GetValue<string>());
        Assert.Equal("A person.", type["description"]!.GetValue<string>());
        var id = type["fields"]!.AsArray().First(f => f!["name"]!.GetValue<string>() == "id")!;
        Assert.Equal("NON_NULL", id["type"]!["kind"]!.GetValue<string>());
        Assert.Equal("ID", id["type"]!["ofType"]!["name"]!.GetValue<string>());
        var old = type["fields"]!.AsArray().First(f => f!["name"]!.GetValue<string>() == "oldName")!;
        Assert.Equal("Use name.", old["deprecationReason"]!.GetValue<string>());
    }
}
