using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>An in-process <see cref="EmulatorServer"/> whose clock follows the system clock until a test moves it.</summary>
internal sealed class EmulatorTarget : AuthingTarget
{
    private readonly ShiftedClock clock = new();
    private readonly EmulatorServer emulator;

    public EmulatorTarget() => emulator = new EmulatorServer { Clock = clock };

    public override string Description => "the Authing emulator";

    public override void Configure(AuthingClientOptions options) => emulator.Configure(options);

    public override void Route(IServiceCollection services, string clientName) => emulator.RouteClient(services, clientName);

    public override Task<string> LatestCodeAsync(string to) => emulator.LatestCodeAsync(to);

    public override void AdvanceClock(TimeSpan by) => clock.Advance(by);

    public override ValueTask DisposeAsync() => emulator.DisposeAsync();
}
