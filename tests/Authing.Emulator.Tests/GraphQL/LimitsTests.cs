using Authing.Emulator.GraphQL;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class LimitsTests
{
    [Fact]
    public async Task One_megabyte_document_is_refused_before_parsing()
    {
        var query = "{ users { id } }" + new string(' ', 1_000_000);

        var result = await GraphQLTestRunner.RunAsync(query);

        Assert.Null(result["data"]);
        Assert.Contains("the limit is 100000", GraphQLTestRunner.FirstMessage(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selection_sets_1000_deep_are_refused()
    {
        var query = string.Concat(Enumerable.Repeat("{ user(id: 1) ", 1000)) + new string('}', 1000);

        var result = await GraphQLTestRunner.RunAsync(query);

        Assert.Null(result["data"]);
        Assert.StartsWith("Syntax Error: the document is nested deeper than the limit of 40", GraphQLTestRunner.FirstMessage(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_through_fragments_counts_towards_the_depth_limit()
    {
        var query = "{ user(id: 1) { friend { ...F } } } fragment F on User { friend { friend { id } } }";

        var result = await GraphQLTestRunner.RunAsync(query, limits: new GraphQLLimits { MaxDepth = 3 });

        Assert.Contains("through its fragments; the limit is 3", GraphQLTestRunner.FirstMessage(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_positive_limit_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLLimits { MaxDepth = 0 }.Validate());

        Assert.Equal("MaxDepth", error.ParamName);
    }

    [Fact]
    public async Task Cancelled_request_stops_execution()
    {
        var executor = new GraphQLExecutor(TestSchema.Create(), new GraphQLLimits(), NullLogger<GraphQLExecutor>.Instance);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => executor.ExecuteAsync(new GraphQLRequest("{ state }", null, null), null, cancellation.Token));
    }

    [Fact]
    public async Task Long_fragment_chain_is_refused_before_it_is_walked()
    {
        var fragments = Enumerable.Range(0, 2000).Select(i => $"fragment F{i} on User {{ id ...F{i + 1} }}");
        var query = "{ users { ...F0 } } " + string.Join(' ', fragments) + " fragment F2000 on User { id }";

        var result = await GraphQLTestRunner.RunAsync(query);

        Assert.Equal("Fragment spreads are nested more than 100 deep.", GraphQLTestRunner.FirstMessage(result));
    }

    [Fact]
    public async Task Aliases_that_multiply_the_response_are_stopped_at_the_field_limit()
    {
        var fragments = Enumerable.Range(0, 30).Select(i => $"fragment F{i} on User {{ a: friend {{ ...F{i + 1} }} b: friend {{ ...F{i + 1} }} }}");
        var query = "{ users { ...F0 } } " + string.Join(' ', fragments) + " fragment F30 on User { id }";

        var result = await GraphQLTestRunner.RunAsync(query, limits: new GraphQLLimits { MaxResolvedFields = 10_000 });

        Assert.True(result.ContainsKey("data"));
        Assert.Null(result["data"]);
        Assert.Equal("The request resolves more than 10000 fields; execution was stopped.", GraphQLTestRunner.FirstMessage(result));
    }
}
