using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>An emulator, a user-arranging client against it and an app under test, disposed together.</summary>
internal sealed class AuthingEnvironment : IAsyncDisposable
{
    private AuthingEnvironment(EmulatorServer emulator, EmulatorUsers users, EmulatedApp app)
    {
        Emulator = emulator;
        Users = users;
        App = app;
    }

    public EmulatorServer Emulator { get; }

    public EmulatorUsers Users { get; }

    public EmulatedApp App { get; }

    public static async Task<AuthingEnvironment> StartAsync(
        Action<WebApplicationBuilder> arrange,
        Action<WebApplication>? map = null,
        EmulatorServer? emulator = null,
        ILoggerProvider? logs = null)
    {
        emulator ??= new EmulatorServer();
        var users = new EmulatorUsers(emulator);
        try
        {
            EmulatedApp app = await EmulatedApp.StartAsync(emulator, arrange, map ?? EmulatedApp.MapMe, logs: logs);
            return new AuthingEnvironment(emulator, users, app);
        }
        catch
        {
            users.Dispose();
            await emulator.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Users.Dispose();
        await Emulator.DisposeAsync();
    }
}
