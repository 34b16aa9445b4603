using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Standard_introspection_query_executes_without_errors()
    {
        var result = await GraphQLTestRunner.RunAsync(StandardIntrospectionQuery.Text);

        Assert.Null(result["errors"]);
        var schema = result["data"]!["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        var types = schema["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(
            new HashSet<string> { "Query", "Mutation", "User", "Role", "UserFilter", "String", "Int", "Float", "Boolean", "ID", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation" },
            types.ToHashSet());
        Assert.Equal(types.Count, types.Distinct().Count());
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

    [Fact]
    public async Task Default_values_are_printed_as_graphql_literals()
    {
        var result = await GraphQLTestRunner.RunAsync("""
            { filter: __type(name: "UserFilter") { kind inputFields { name defaultValue } }
              query: __type(name: "Query") { fields { name args { name defaultValue } } } }
            """);

        var inputFields = result["data"]!["filter"]!["inputFields"]!.AsArray();
        Assert.Equal("INPUT_OBJECT", result["data"]!["filter"]!["kind"]!.GetValue<string>());
        Assert.Equal("MEMBER", inputFields.Single(f => f!["name"]!.GetValue<string>() == "role")!["defaultValue"]!.GetValue<string>());
        Assert.Null(inputFields.Single(f => f!["name"]!.GetValue<string>() == "name")!["defaultValue"]);
        var echo = result["data"]!["query"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "echo")!;
        Assert.Equal("\"fallback\"", echo["args"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "withDefault")!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deprecated_enum_values_are_hidden_unless_asked_for()
    {
        var result = await GraphQLTestRunner.RunAsync("""
            { hidden: __type(name: "Role") { enumValues { name } } all: __type(name: "Role") { enumValues(includeDeprecated: true) { name isDeprecated } } }
            """);

        Assert.Equal("""[{"name":"ADMIN"},{"name":"MEMBER"}]""", result["data"]!["hidden"]!["enumValues"]!.ToJsonString());
        Assert.Equal(3, result["data"]!["all"]!["enumValues"]!.AsArray().Count);
    }

    [Fact]
    public async Task Unknown_type_lookup_is_null()
    {
        var result = await GraphQLTestRunner.RunAsync("{ __type(name: \"Nope\") { name } }");

        Assert.Null(result["errors"]);
        Assert.Null(result["data"]!["__type"]);
    }

    [Fact]
    public async Task Schema_lists_the_built_in_directives_and_roots()
    {
        var result = await GraphQLTestRunner.RunAsync("""
            { __schema { mutationType { name } subscriptionType { name } directives { name isRepeatable locations args { name type { kind ofType { name } } } } } }
            """);

        var schema = result["data"]!["__schema"]!;
        Assert.Equal("Mutation", schema["mutationType"]!["name"]!.GetValue<string>());
        Assert.Null(schema["subscriptionType"]);
        var directives = schema["directives"]!.AsArray();
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy"], directives.Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal("""["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]""", directives[1]!["locations"]!.ToJsonString());
        Assert.Equal("Boolean", directives[1]!["args"]![0]!["type"]!["ofType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scalars_report_their_kind_and_no_fields()
    {
        var result = await GraphQLTestRunner.RunAsync("{ __type(name: \"Int\") { kind name specifiedByURL fields { name } interfaces { name } } }");

        Assert.Equal("""{"kind":"SCALAR","name":"Int","specifiedByURL":null,"fields":null,"interfaces":null}""", result["data"]!["__type"]!.ToJsonString());
    }
}
