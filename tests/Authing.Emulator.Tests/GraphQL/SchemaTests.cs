using Authing.Emulator.GraphQL;
using Authing.Emulator.GraphQL.Types;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class SchemaTests
{
    private static InvalidOperationException Rejected(ObjectType query)
        => Assert.Throws<InvalidOperationException>(() => new GraphQLExecutor(new GraphQLSchema(query), new GraphQLLimits(), NullLogger<GraphQLExecutor>.Instance));

    [Fact]
    public void Two_types_of_one_name_are_rejected()
    {
        var query = new ObjectType("Query")
            .Field<object>("a", new ObjectType("Thing").Field<object>("x", ScalarType.Int, _ => 1), _ => null)
            .Field<object>("b", new ObjectType("Thing").Field<object>("y", ScalarType.Int, _ => 1), _ => null);

        Assert.Contains("two different types named Thing", Rejected(query).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1st")]
    [InlineData("__hidden")]
    [InlineData("with-dash")]
    public void Invalid_field_names_are_rejected(string name)
    {
        var query = new ObjectType("Query").Field<object>(name, ScalarType.Int, _ => 1);

        Assert.Contains("is not a valid GraphQL name", Rejected(query).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_type_as_a_field_type_is_rejected()
    {
        var input = new InputObjectType("In", [new InputValueDefinition("x", ScalarType.Int)]);
        var query = new ObjectType("Query").Field<object>("a", input, _ => null);

        Assert.Contains("fields need output types", Rejected(query).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_type_as_an_argument_is_rejected()
    {
        var thing = new ObjectType("Thing").Field<object>("x", ScalarType.Int, _ => 1);
        var query = new ObjectType("Query").AddField(new FieldDefinition("a", ScalarType.Int, _ => ValueTask.FromResult<object?>(1))
        {
            Arguments = [new InputValueDefinition("t", thing)],
        });

        Assert.Contains("need input types", Rejected(query).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_find_types_directives_and_meta_fields()
    {
        var schema = TestSchema.Create();

        Assert.IsType<ObjectType>(schema.FindType("User"));
        Assert.IsType<ScalarType>(schema.FindType("Float"));
        Assert.IsType<ObjectType>(schema.FindType("__Type"));
        Assert.Null(schema.FindType("Nope"));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy"], schema.Directives.Select(d => d.Name));
        Assert.NotNull(schema.FindField(schema.Query, "__schema"));
        Assert.Null(schema.FindField(schema.Mutation!, "__schema"));
        Assert.NotNull(schema.FindField(schema.Mutation!, "__typename"));
    }

    [Fact]
    public async Task Mutation_against_a_schema_without_mutations_is_a_validation_error()
    {
        var executor = new GraphQLExecutor(new GraphQLSchema(TestSchema.Create().Query), new GraphQLLimits(), NullLogger<GraphQLExecutor>.Instance);

        var result = await executor.ExecuteAsync(new GraphQLRequest("mutation { append(text: \"a\") }", null, null), null, CancellationToken.None);

        Assert.Null(result["data"]);
        Assert.Equal("Schema is not configured for mutations.", GraphQLTestRunner.FirstMessage(result));
    }

    [Fact]
    public async Task Documents_stay_correct_when_the_cache_is_full()
    {
        var executor = new GraphQLExecutor(TestSchema.Create(), new GraphQLLimits { MaxCachedDocuments = 1 }, NullLogger<GraphQLExecutor>.Instance);
        var first = new GraphQLRequest("{ user(id: 1) { name } }", null, null);
        var second = new GraphQLRequest("{ user(id: 2) { name } }", null, null);

        await executor.ExecuteAsync(first, null, CancellationToken.None);
        await executor.ExecuteAsync(second, null, CancellationToken.None);
        var again = await executor.ExecuteAsync(first, null, CancellationToken.None);

        Assert.Equal("""{"user":{"name":"Ann"}}""", again["data"]!.ToJsonString());
    }
}
