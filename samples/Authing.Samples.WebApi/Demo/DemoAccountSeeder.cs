using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Authing.Samples.WebApi.Demo;

/// <summary>
/// Registers the demo user in the embedded emulator (or finds it there from an earlier run), logs it in and, once the
/// app listens, prints its e-mail, password and UserToken with a ready <c>curl</c> line. Only ever registered with the
/// embedded emulator: nothing of a real pool is printed.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    AuthingClient client,
    DemoAccount account,
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
            await RegisterAsync(cancellationToken);
            AuthingUser user = await client.LoginAsync(new LoginRequest { Email = DemoAccount.Email, Password = DemoAccount.Password }, cancellationToken);
            account.SetToken(user.Token ?? throw new InvalidOperationException("The emulator returned no UserToken for the demo user."));
            lifetime.ApplicationStarted.Register(() => Console.Out.Write(Banner(user.Token)));
        }
        catch (AuthingException exception)
        {
            LogSeedFailed(logger, exception.Code, exception);
            account.Fail(exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.RegisterAsync(new RegisterRequest { Email = DemoAccount.Email, Password = DemoAccount.Password }, cancellationToken);
        }
        catch (AuthingException exception) when (exception.Code == UserExists)
        {
            LogDemoUserExists(logger);
        }
    }

    private string Banner(string token)
    {
        string me = (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5100").TrimEnd('/') + "/me";
        return $"""

            Authing Web API sample, running on the embedded Authing emulator ({emulator.UsersGateway}).
              demo e-mail:    {DemoAccount.Email}
              demo password:  {DemoAccount.Password}
              demo UserToken: {token}
              try:            curl -H "Authorization: Bearer {token}" {me}

            """;
    }

    [LoggerMessage(EventId = 1, EventName = "DemoUserExists", Level = LogLevel.Debug, Message = "The demo user exists from an earlier run; logging in.")]
    private static partial void LogDemoUserExists(ILogger logger);

    [LoggerMessage(EventId = 2, EventName = "DemoSeedFailed", Level = LogLevel.Error, Message = "The demo user could not be prepared (Authing code {Code}).")]
    private static partial void LogSeedFailed(ILogger logger, int? code, Exception exception);
}
