using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Authing.Samples.Mvc.Demo;

/// <summary>
/// Registers the demo user and the demo administrator in the embedded emulator (or finds them from an earlier run) and,
/// once the site listens, prints its address and both logins. Only registered when the site runs on the embedded emulator.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    AuthingClient client,
    EmbeddedEmulator emulator,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    private const int UserExists = 2026;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RegisterAsync(DemoAccounts.UserEmail, "Demo user", cancellationToken);
            await RegisterAsync(DemoAccounts.AdminEmail, "Demo admin", cancellationToken);
            lifetime.ApplicationStarted.Register(() => Console.Out.Write(Banner()));
        }
        catch (AuthingException exception)
        {
            LogSeedFailed(logger, exception.Code, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(string email, string nickname, CancellationToken cancellationToken)
    {
        try
        {
            await client.RegisterAsync(new RegisterRequest { Email = email, Password = DemoAccounts.Password, Nickname = nickname }, cancellationToken);
        }
        catch (AuthingException exception) when (exception.Code == UserExists)
        {
            LogDemoUserExists(logger, email);
        }
    }

    private string Banner()
    {
        string site = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(address unknown)";
        return $"""

            Authing MVC sample: {site}
            running on the embedded Authing emulator at {emulator.BaseUrl} (outbox: {DemoEmulator.OutboxUrl(emulator)})
              demo user:  {DemoAccounts.UserEmail} / {DemoAccounts.Password}
              demo admin: {DemoAccounts.AdminEmail} / {DemoAccounts.Password}

            """;
    }

    [LoggerMessage(EventId = 1, EventName = "DemoUserExists", Level = LogLevel.Debug, Message = "The demo account {Email} exists from an earlier run.")]
    private static partial void LogDemoUserExists(ILogger logger, string email);

    [LoggerMessage(EventId = 2, EventName = "DemoSeedFailed", Level = LogLevel.Error, Message = "The demo accounts could not be prepared (Authing code {Code}).")]
    private static partial void LogSeedFailed(ILogger logger, int? code, Exception exception);
}
