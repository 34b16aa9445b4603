using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A stand-alone <see cref="AuthingClient"/> (its own container) talking to an <see cref="EmulatorServer"/>, for
/// arranging users and tokens the way an app would.
/// </summary>
internal sealed class EmulatorUsers : IDisposable
{
    public const string Password = "Pa55word!library";

    private readonly ServiceProvider services;

    public EmulatorUsers(EmulatorServer emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddAuthingClient(emulator.Configure);
        emulator.RouteClient(collection, AuthingClientDefaults.Name);
        services = collection.BuildServiceProvider();
        Client = services.GetRequiredService<AuthingClient>();
    }

    public AuthingClient Client { get; }

    /// <summary>Registers a user with a unique e-mail and the shared <see cref="Password"/>, then logs in.</summary>
    public async Task<AuthingUser> RegisterAndLoginAsync(string? email = null, CancellationToken cancellationToken = default)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        await Client.RegisterAsync(new RegisterRequest { Email = email, Password = Password }, cancellationToken);
        return await Client.LoginAsync(new LoginRequest { Email = email, Password = Password }, cancellationToken);
    }

    public void Dispose() => services.Dispose();
}
