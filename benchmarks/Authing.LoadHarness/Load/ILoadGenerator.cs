namespace Authing.LoadHarness.Load;

/// <summary>Sends <c>GET</c> requests to one URL as fast as its connections allow, for a given time.</summary>
internal interface ILoadGenerator
{
    /// <summary>The generator's name in the report.</summary>
    string Name { get; }

    /// <summary>Whether this process's CPU time includes the generator's own work (an in-process generator).</summary>
    bool SharesProcess { get; }

    /// <summary>Loads <paramref name="url"/> for <paramref name="duration"/>, sending <paramref name="authorization"/> when given.</summary>
    Task<LoadCount> RunAsync(Uri url, string? authorization, TimeSpan duration, CancellationToken cancellationToken);
}
