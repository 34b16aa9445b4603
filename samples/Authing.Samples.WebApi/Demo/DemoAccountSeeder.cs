using Authing.AspNetCore.Admin;
using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Authing.Samples.WebApi.Demo;

/// <summary>
/// Registers the demo user and the demo administrator in the embedded emulator (or finds them there from an earlier run),
/// logs them in and, once the app listens, prints their e-mails, passwords and UserTokens with ready <c>curl</c> lines.
/// Only ever registered with the embedded emulator: nothing of a real pool is printed.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    AuthingClient client,
    DemoAccount account,
    EmbeddedEmulator emulator,
    IOptions<AuthingAdminApiOptions> adminApi,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    private const int UserExists = 2026;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            string user = await SeedAsync(DemoAccount.Email, DemoAccount.Password, cancellationToken);
            string admin = await SeedAsync(DemoAccount.AdminEmail, DemoAccount.AdminPassword, cancellationToken);
            account.SetTokens(user, admin);
            lifetime.ApplicationStarted.Register(() => Console.Out.Write(Banner(user, admin)));
        }
        catch (AuthingException exception)
        {
            LogSeedFailed(logger, exception.Code, exception);
            account.Fail(exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string> SeedAsync(string email, string password, CancellationToken cancellationToken)
    {
        try
        {
            await client.RegisterAsync(new RegisterRequest { Email = email, Password = password }, cancellationToken);
        }
        catch (AuthingException exception) when (exception.Code == UserExists)
        {
            LogDemoUserExists(logger);
        }

        AuthingUser user = await client.LoginAsync(new LoginRequest { Email = email, Password = password }, cancellationToken);
        return user.Token ?? throw new InvalidOperationException("The emulator returned no UserToken for a demo account.");
    }

    private string Banner(string token, string adminToken)
    {
        string root = (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5100").TrimEnd('/');
        return $"""

            Authing Web API sample, running on the embedded Authing emulator ({emulator.UsersGateway}).
              demo e-mail:     {DemoAccount.Email}
              demo password:   {DemoAccount.Password}
              demo UserToken:  {token}
              try:             curl -H "Authorization: Bearer {token}" {root}/me
              admin e-mail:    {DemoAccount.AdminEmail}
              admin password:  {DemoAccount.AdminPassword}
              admin UserToken: {adminToken}
              try:             curl -H "Authorization: Bearer {adminToken}" "{root}/{adminApi.Value.RoutePrefix.Trim('/')}?page=1&count=10"
              OpenAPI:         {root}/openapi/v1.json

            """;
    }

    [LoggerMessage(EventId = 1, EventName = "DemoUserExists", Level = LogLevel.Debug, Message = "A demo account exists from an earlier run; logging in.")]
    private static partial void LogDemoUserExists(ILogger logger);

    [LoggerMessage(EventId = 2, EventName = "DemoSeedFailed", Level = LogLevel.Error, Message = "The demo accounts could not be prepared (Authing code {Code}).")]
    private static partial void LogSeedFailed(ILogger logger, int? code, Exception exception);
}
