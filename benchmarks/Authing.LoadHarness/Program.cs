using Authing.Benchmarking;
using Authing.LoadHarness;
using Authing.LoadHarness.Load;
using Authing.LoadHarness.Modes;

HarnessSettings settings;
try
{
    settings = HarnessSettings.Parse(args);
}
catch (FormatException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(HarnessSettings.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

string? wrk = WrkLoadGenerator.Find();
ILoadGenerator generator = settings.Generator switch
{
    "inprocess" => new InProcessLoadGenerator(settings.Connections),
    "wrk" when wrk is null => throw new InvalidOperationException("--generator wrk: wrk is not on the PATH (apt-get install wrk)."),
    _ when wrk is not null && settings.Generator != "inprocess" => new WrkLoadGenerator(wrk, settings.Connections, settings.Threads),
    _ => new InProcessLoadGenerator(settings.Connections),
};

await using AuthingPeer peer = await AuthingPeer.StartAsync(cancellation.Token);

// Every mode the harness knows; the first is the baseline of the ratios.
HarnessMode[] known =
[
    new AnonymousMode(),
    new AuthingMode(peer),
    new OidcAccessTokenMode(peer),
    new JwtBearerMode(new LocalJwt(), peer.UserId),
    new NoOpMode(),
    new MinimalBearerMode(peer),
];
HarnessMode[] modes = settings.Modes is null
    ? known
    : [.. settings.Modes.Select(name => known.FirstOrDefault(mode => mode.Name == name)
        ?? throw new InvalidOperationException($"Unknown mode '{name}'; known: {string.Join(", ", known.Select(mode => mode.Name))}."))];

MachineState.Write(Console.Out, generator, settings);
var servers = new List<ModeServer>();
try
{
    foreach (HarnessMode mode in modes)
    {
        servers.Add(await ModeServer.StartAsync(mode, cancellation.Token));
    }

    var run = new HarnessRun(settings, generator, servers, Console.Out);
    IReadOnlyList<ModeSamples> samples = await run.RunAsync(cancellation.Token);
    HarnessReport.Write(Console.Out, samples, generator.SharesProcess);
    if (run.Failures > 0)
    {
        Console.Error.WriteLine($"{run.Failures} requests failed: the figures above are not those of GET /me answered 200.");
        return 1;
    }

    return 0;
}
finally
{
    foreach (ModeServer server in servers)
    {
        await server.DisposeAsync();
    }
}
