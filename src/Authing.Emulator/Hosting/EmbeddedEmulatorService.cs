namespace Authing.Emulator.Hosting;

/// <summary>Tells where the embedded emulator runs once the app starts, and stops it with the app (or with the container).</summary>
internal sealed partial class EmbeddedEmulatorService(EmbeddedEmulator emulator, ILogger<EmbeddedEmulatorService> logger) : IHostedService, IAsyncDisposable
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogRunning(logger, emulator.UsersGateway, emulator.UserPoolId, emulator.DataFolder ?? "memory");
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await emulator.DisposeAsync().ConfigureAwait(false);

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    [LoggerMessage(EventId = 2, EventName = "EmbeddedEmulatorRunning", Level = LogLevel.Warning,
        Message = "No Authing user pool is configured (Authing:UserPoolId): using the embedded Authing emulator at {UsersGateway}, user pool {UserPoolId}, data in {DataFolder}. Configure a real pool before going to production.")]
    private static partial void LogRunning(ILogger logger, Uri usersGateway, string userPoolId, string dataFolder);
}
