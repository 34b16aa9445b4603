using System.Globalization;

namespace Authing.LoadHarness;

/// <summary>
/// Prints the means per mode and the ratios (every mode to the first, then the other modes to each other) as Markdown
/// tables. Each ratio is given as the ratio of the means and as the median of the rounds' own ratios: modes measured in
/// the same round see the same machine, so the median is the figure a drifting machine moves least.
/// </summary>
internal static class HarnessReport
{
    public static void Write(TextWriter output, IReadOnlyList<ModeSamples> modes, bool cpuIncludesGenerator)
    {
        string cpuNote = cpuIncludesGenerator ? " (server + generator)" : " (server)";
        output.WriteLine();
        output.WriteLine($"| mode | req/s (mean) | req/s per round | CPU µs/request{cpuNote} |");
        output.WriteLine("| --- | ---: | --- | ---: |");
        foreach (ModeSamples mode in modes)
        {
            string rounds = string.Join(" ", mode.RequestsPerSecond.Select(value => Format(value, "F0")));
            output.WriteLine($"| {mode.Name} | {Format(mode.MeanRequestsPerSecond, "F0")} | {rounds} | {Format(mode.MeanCpuMicroseconds, "F1")} |");
        }

        output.WriteLine();
        output.WriteLine("| ratio | req/s (ratio of means) | req/s (median of rounds) | per-round req/s range | CPU per request (inverse) |");
        output.WriteLine("| --- | ---: | ---: | --- | ---: |");
        foreach (ModeSamples mode in modes.Skip(1))
        {
            WriteRatio(output, mode, modes[0]);
        }

        for (int i = 1; i < modes.Count; i++)
        {
            for (int j = i + 1; j < modes.Count; j++)
            {
                WriteRatio(output, modes[i], modes[j]);
            }
        }
    }

    private static void WriteRatio(TextWriter output, ModeSamples mode, ModeSamples reference)
    {
        double[] perRound = [.. mode.RequestsPerSecond.Zip(reference.RequestsPerSecond, (value, of) => value / of)];
        output.WriteLine(
            $"| {mode.Name} / {reference.Name} | {Format(mode.MeanRequestsPerSecond / reference.MeanRequestsPerSecond, "F3")} " +
            $"| {Format(Median(perRound), "F3")} " +
            $"| {Format(perRound.Min(), "F3")} – {Format(perRound.Max(), "F3")} " +
            $"| {Format(reference.MeanCpuMicroseconds / mode.MeanCpuMicroseconds, "F3")} |");
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
