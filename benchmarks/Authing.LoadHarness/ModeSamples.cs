namespace Authing.LoadHarness;

/// <summary>One mode's measurements, one per round.</summary>
/// <param name="Name">The mode's name.</param>
internal sealed class ModeSamples(string name)
{
    private readonly List<double> requestsPerSecond = [];
    private readonly List<double> cpuPerRequest = [];

    public string Name => name;

    public IReadOnlyList<double> RequestsPerSecond => requestsPerSecond;

    /// <summary>Mean requests per second over the rounds.</summary>
    public double MeanRequestsPerSecond => requestsPerSecond.Average();

    /// <summary>Mean process CPU time per request over the rounds, in microseconds.</summary>
    public double MeanCpuMicroseconds => cpuPerRequest.Average();

    public void Add(double perSecond, double cpuMicroseconds)
    {
        requestsPerSecond.Add(perSecond);
        cpuPerRequest.Add(cpuMicroseconds);
    }
}
