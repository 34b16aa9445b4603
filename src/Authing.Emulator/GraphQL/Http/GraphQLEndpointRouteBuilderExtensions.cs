using Authing.Emulator.GraphQL;
using Authing.Emulator.GraphQL.Http;
using Authing.Emulator.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps a GraphQL-over-HTTP endpoint (<c>application/json</c>) for a <see cref="GraphQLSchema"/>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Answers GraphQL requests at <paramref name="pattern"/>: POST with a JSON body, or GET (queries only) with
    /// <c>query</c>, <c>operationName</c> and <c>variables</c> in the query string. Limits come from
    /// <see cref="IOptions{TOptions}"/> of <see cref="GraphQLLimits"/> when registered.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, for example <c>/graphql</c>.</param>
    /// <param name="schema">The schema to execute against.</param>
    /// <param name="requestState">Produces the per-request object resolvers receive (for example the caller's token).</param>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        GraphQLSchema schema,
        Func<HttpContext, object?> requestState)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(requestState);
        var services = endpoints.ServiceProvider;
        var limits = services.GetService<IOptions<GraphQLLimits>>()?.Value ?? new GraphQLLimits();
        var executor = new GraphQLExecutor(schema, limits, services.GetRequiredService<ILogger<GraphQLExecutor>>());
        var handler = new GraphQLHttpHandler(executor, requestState, services.GetRequiredService<ILogger<GraphQLHttpHandler>>());
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync);
    }
}
