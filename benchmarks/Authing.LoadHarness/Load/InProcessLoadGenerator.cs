using System.Diagnostics;
using System.Net;

namespace Authing.LoadHarness.Load;

/// <summary>
/// A closed-loop generator in this process: one task per connection sends a request, reads the whole answer and sends
/// the next. Its CPU time counts in the process's, so CPU per request includes the client's share.
/// </summary>
/// <param name="connections">Concurrent connections (and requests in flight).</param>
internal sealed class InProcessLoadGenerator(int connections) : ILoadGenerator
{
    public string Name => $"in-process HttpClient, {connections} connections";

    public bool SharesProcess => true;

    public async Task<LoadCount> RunAsync(Uri url, string? authorization, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, UseProxy = false };
        using var client = new HttpClient(handler);
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        long start = Stopwatch.GetTimestamp();
        (long Succeeded, long Failed)[] counts = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(Worker, cancellationToken)));
        return new LoadCount(counts.Sum(count => count.Succeeded), counts.Sum(count => count.Failed), Stopwatch.GetElapsedTime(start));

        async Task<(long Succeeded, long Failed)> Worker()
        {
            long succeeded = 0;
            long failed = 0;
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(url, cancellationToken);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        succeeded++;
                    }
                    else
                    {
                        failed++;
                    }
                }
                catch (HttpRequestException)
                {
                    failed++;
                }
            }

            return (succeeded, failed);
        }
    }
}
