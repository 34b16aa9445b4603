using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Sits in front of the emulator's endpoints: counts the GraphQL requests that reach it (by operation name) and can
/// hold every request back for a while, to play a slow Authing.
/// </summary>
internal sealed class EmulatorGate : IStartupFilter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> operations = new(StringComparer.Ordinal);
    private int graphQLRequests;
    private int requests;

    /// <summary>How long each request waits before the emulator sees it.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests of any kind received (GraphQL, REST, OIDC discovery, JWKS, token endpoint...).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>GraphQL requests received on either gateway.</summary>
    public int GraphQLRequests => Volatile.Read(ref graphQLRequests);

    /// <summary>GraphQL requests received for <paramref name="operationName"/> (the <c>operationName</c> the client sent).</summary>
    public int RequestsFor(string operationName)
    {
        lock (gate)
        {
            return operations.GetValueOrDefault(operationName);
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            Interlocked.Increment(ref requests);
            if (context.Request.Path.Value?.EndsWith("/graphql", StringComparison.Ordinal) == true && HttpMethods.IsPost(context.Request.Method))
            {
                await CountAsync(context.Request);
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, context.RequestAborted);
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private async Task CountAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var document = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
        request.Body.Position = 0;
        string name = document.RootElement.TryGetProperty("operationName", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
        Interlocked.Increment(ref graphQLRequests);
        lock (gate)
        {
            operations[name] = operations.GetValueOrDefault(name) + 1;
        }
    }
}
