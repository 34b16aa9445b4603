using System.Runtime;
using System.Runtime.InteropServices;
using Authing.LoadHarness.Load;

namespace Authing.LoadHarness;

/// <summary>Prints what the figures depend on: runtime, GC mode, cores, load average, generator and run settings.</summary>
internal static class MachineState
{
    private const string LoadAverageFile = "/proc/loadavg";

    public static void Write(TextWriter output, ILoadGenerator generator, HarnessSettings settings)
    {
        string load = File.Exists(LoadAverageFile) ? string.Join(' ', File.ReadAllText(LoadAverageFile).Split(' ').Take(3)) : "unknown";
        output.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, load average {load}");
        output.WriteLine($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}; generator: {generator.Name}");
        output.WriteLine($"{settings.Rounds} rounds of {settings.Duration.TotalSeconds} s per mode after {settings.Warmup.TotalSeconds} s of warm-up");
        output.WriteLine();
    }
}
