using System.Globalization;

namespace Authing.LoadHarness;

/// <summary>The command line: <c>--rounds 5 --duration 5 --warmup 2 --connections 32 --threads 1 --generator auto --modes a,b</c>.</summary>
internal sealed class HarnessSettings
{
    public const string Usage = """
        Usage: Authing.LoadHarness [--rounds N] [--duration SECONDS] [--warmup SECONDS] [--connections N] [--threads N]
                                   [--generator auto|wrk|inprocess] [--modes NAME,NAME,...]
          --rounds       interleaved rounds; every mode is measured once per round (default 5)
          --duration     seconds measured per mode and round (default 5)
          --warmup       seconds of unmeasured load before each measurement (default 2; the first pass gives
                         every mode at least 5)
          --connections  concurrent connections (default 32)
          --threads      wrk threads (default 1)
          --generator    auto: wrk when it is on the PATH, else in-process (default auto)
          --modes        the modes to measure (default: all); the first is the baseline of the ratios
        """;

    public int Rounds { get; private set; } = 5;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(2);

    public int Connections { get; private set; } = 32;

    public int Threads { get; private set; } = 1;

    public string Generator { get; private set; } = "auto";

    public IReadOnlyList<string>? Modes { get; private set; }

    public static HarnessSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new HarnessSettings();
        for (int i = 0; i < args.Count; i += 2)
        {
            string value = i + 1 < args.Count ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--rounds":
                    settings.Rounds = Positive(args[i], value);
                    break;
                case "--duration":
                    settings.Duration = TimeSpan.FromSeconds(Positive(args[i], value));
                    break;
                case "--warmup":
                    settings.Warmup = TimeSpan.FromSeconds(Positive(args[i], value));
                    break;
                case "--connections":
                    settings.Connections = Positive(args[i], value);
                    break;
                case "--threads":
                    settings.Threads = Positive(args[i], value);
                    break;
                case "--generator" when value is "auto" or "wrk" or "inprocess":
                    settings.Generator = value;
                    break;
                case "--modes":
                    settings.Modes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    throw new FormatException($"Unknown option or value: {args[i]} {value}");
            }
        }

        return settings;
    }

    private static int Positive(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0
            ? number
            : throw new FormatException($"{option} takes a positive whole number, not '{value}'.");
}
