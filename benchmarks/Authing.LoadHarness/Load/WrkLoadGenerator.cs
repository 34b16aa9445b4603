using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Authing.LoadHarness.Load;

/// <summary>
/// Debian's <c>wrk</c> in its own process: this process's CPU time is then the server's alone (and the emulator's,
/// idle on a warm cache).
/// </summary>
/// <param name="executable">The path of <c>wrk</c>.</param>
/// <param name="connections">Open connections.</param>
/// <param name="threads">wrk's threads.</param>
internal sealed partial class WrkLoadGenerator(string executable, int connections, int threads) : ILoadGenerator
{
    public string Name => $"wrk, {threads} thread(s), {connections} connections";

    public bool SharesProcess => false;

    /// <summary>The path of <c>wrk</c> on the <c>PATH</c>, or <see langword="null"/>.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "wrk"))
            .FirstOrDefault(File.Exists);

    public async Task<LoadCount> RunAsync(Uri url, string? authorization, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["-t", Text(threads), "-c", Text(connections), "-d", Text((int)Math.Ceiling(duration.TotalSeconds)) + "s", "--timeout", "5s"])
        {
            start.ArgumentList.Add(argument);
        }

        if (authorization is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Authorization: " + authorization);
        }

        start.ArgumentList.Add(url.ToString());
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return Parse(await output, await errors, process.ExitCode);
    }

    private static LoadCount Parse(string output, string errors, int exitCode)
    {
        Match total = TotalPattern().Match(output);
        if (exitCode != 0 || !total.Success)
        {
            throw new InvalidOperationException($"wrk exited with {exitCode}: {errors.Trim()}");
        }

        long requests = Number(total.Groups["requests"].Value);
        Match non2xx = Non2xxPattern().Match(output);
        Match socket = SocketErrorsPattern().Match(output);
        long refused = non2xx.Success ? Number(non2xx.Groups["count"].Value) : 0;
        long broken = socket.Success ? socket.Groups["count"].Captures.Sum(capture => Number(capture.Value)) : 0;
        TimeSpan elapsed = Elapsed(total.Groups["value"].Value, total.Groups["unit"].Value);
        return new LoadCount(requests - refused, refused + broken, elapsed);
    }

    private static TimeSpan Elapsed(string value, string unit)
    {
        double amount = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromSeconds(amount),
        };
    }

    private static long Number(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<requests>\d+) requests in (?<value>[\d.]+)(?<unit>ms|s|m)\b")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (?<count>\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors: connect (?<count>\d+), read (?<count>\d+), write (?<count>\d+), timeout (?<count>\d+)")]
    private static partial Regex SocketErrorsPattern();
}
