using System.Globalization;
using Authing.LoadHarness.Load;

namespace Authing.LoadHarness;

/// <summary>
/// Interleaved rounds: in every round each mode gets a warm-up and then a measured run, the starting mode rotating
/// from round to round, so that drift in the machine's load spreads over all modes. An unmeasured first pass loads
/// every mode for <see cref="FirstWarmup"/>, long enough for the JIT to reach its optimized tier.
/// </summary>
internal sealed class HarnessRun(HarnessSettings settings, ILoadGenerator generator, IReadOnlyList<ModeServer> servers, TextWriter output)
{
    /// <summary>Requests that failed over the whole run; a run with failures measured something else than <c>GET /me</c>.</summary>
    public long Failures { get; private set; }

    private static readonly TimeSpan FirstWarmup = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<ModeSamples>> RunAsync(CancellationToken cancellationToken)
    {
        foreach (ModeServer server in servers)
        {
            await generator.RunAsync(server.Url, server.Mode.Authorization, FirstWarmup > settings.Warmup ? FirstWarmup : settings.Warmup, cancellationToken);
        }

        ModeSamples[] samples = [.. servers.Select(server => new ModeSamples(server.Mode.Name))];
        for (int round = 0; round < settings.Rounds; round++)
        {
            for (int step = 0; step < servers.Count; step++)
            {
                int index = (step + round) % servers.Count;
                ModeServer server = servers[index];
                await generator.RunAsync(server.Url, server.Mode.Authorization, settings.Warmup, cancellationToken);
                GC.Collect();
                GC.WaitForPendingFinalizers();

                TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
                LoadCount count = await generator.RunAsync(server.Url, server.Mode.Authorization, settings.Duration, cancellationToken);
                TimeSpan cpu = Environment.CpuUsage.TotalTime - cpuBefore;

                double perSecond = count.Succeeded / count.Elapsed.TotalSeconds;
                double cpuMicroseconds = cpu.TotalMicroseconds / Math.Max(1, count.Succeeded);
                samples[index].Add(perSecond, cpuMicroseconds);
                Failures += count.Failed;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"round {round + 1}  {server.Mode.Name,-12} {perSecond,9:F0} req/s  {cpuMicroseconds,7:F1} µs CPU/request  {count.Failed} failed"));
            }
        }

        return samples;
    }
}
