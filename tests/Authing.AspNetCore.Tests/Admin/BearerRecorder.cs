using System.Collections.Concurrent;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>Sits in the app's Authing HTTP pipeline and keeps every bearer token the client sends (the OwnerToken among them).</summary>
internal sealed class BearerRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<string> tokens = new();

    public IReadOnlyCollection<string> Tokens => tokens;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization?.Parameter is { Length: > 0 } token)
        {
            tokens.Enqueue(token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
