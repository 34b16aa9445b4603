using System.Collections.Concurrent;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>The one fake of these tests: a primary HTTP handler that records requests and answers with a scripted responder.</summary>
public sealed class RecordingHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    public RecordingHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((request, _) => Task.FromResult(respond(request)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public RecordedRequest Only() => Assert.Single(Requests);

    public int Count(string operationName) => Requests.Count(request => request.OperationName == operationName);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization,
            body,
            request.Options.TryGetValue(AuthingRequestOptions.Idempotent, out var idempotent) && idempotent);
        requests.Enqueue(recorded);
        var response = await respond(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
