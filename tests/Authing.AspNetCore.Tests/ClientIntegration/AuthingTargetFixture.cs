using System.Collections.Concurrent;
using System.Globalization;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>
/// One <see cref="AuthingTarget"/> per test class (the emulator unless the environment names a real pool), an
/// <see cref="AuthingClient"/> configured for it, and the users the tests created, removed again at the end.
/// </summary>
public sealed class AuthingTargetFixture : IAsyncLifetime
{
    public const string Password = "Pa55word!client";

    /// <summary>A well-formed user id no pool holds.</summary>
    public const string UnknownUserId = "5f0000000000000000000abc";

    private readonly ConcurrentBag<string> createdUsers = [];
    private readonly ServiceProvider services;

    public AuthingTargetFixture()
    {
        Target = AuthingTarget.FromEnvironment();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddAuthingClient(Target.Configure);
        Target.Route(collection, AuthingClientDefaults.Name);
        services = collection.BuildServiceProvider();
        Client = services.GetRequiredService<AuthingClient>();
    }

    internal AuthingTarget Target { get; }

    public AuthingClient Client { get; }

    public static string NewEmail() => $"client-{Guid.NewGuid():N}@example.com";

    public static string NewUsername() => $"client{Guid.NewGuid():N}"[..20];

    /// <summary>A mainland-style mobile number no other test uses.</summary>
    public static string NewPhone() => "139" + Random.Shared.NextInt64(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A six-digit code that is not <paramref name="code"/>.</summary>
    public static string WrongCode(string code) => code == "123456" ? "654321" : "123456";

    /// <summary>The code of the newest e-mail or SMS sent to <paramref name="to"/> (emulator only).</summary>
    public Task<string> LatestCodeAsync(string to) => Target.LatestCodeAsync(to);

    /// <summary>Registers a user (e-mail and <see cref="Password"/> unless <paramref name="request"/> says otherwise) and remembers it for removal.</summary>
    public async Task<AuthingUser> RegisterAsync(RegisterRequest? request = null)
    {
        AuthingUser user = await Client.RegisterAsync(request ?? new RegisterRequest { Email = NewEmail(), Password = Password });
        createdUsers.Add(user.Id);
        return user;
    }

    /// <summary>Registers a user by e-mail and logs in; the result carries the UserToken.</summary>
    public async Task<AuthingUser> RegisterAndLoginAsync()
    {
        AuthingUser user = await RegisterAsync();
        return await Client.LoginAsync(new LoginRequest { Email = user.Email, Password = Password });
    }

    /// <summary>Registers a user by phone with an SMS code read from the outbox (emulator only).</summary>
    public async Task<AuthingUser> RegisterByPhoneAsync(string phone)
    {
        await Client.SendRegisterSmsCodeAsync(phone);
        return await RegisterAsync(new RegisterRequest { Phone = phone, PhoneCode = await LatestCodeAsync(phone), Password = Password });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (!createdUsers.IsEmpty)
        {
            await Client.RemoveUsersAsync(createdUsers);
        }

        await services.DisposeAsync();
        await Target.DisposeAsync();
    }
}
