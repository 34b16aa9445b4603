using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>A service provider with Authing clients whose HTTP goes to a <see cref="RecordingHandler"/>.</summary>
public sealed class ClientHarness : IDisposable
{
    public const string PoolId = "59f86b4832eb28071bdd9214";
    public const string OtherPoolId = "5c344f102e450b000170190a";
    public const string Secret = "pool-secret-value-3f9a";

    private readonly ServiceProvider provider;

    public ClientHarness(RecordingHandler handler, Action<AuthingClientOptions>? configure = null, TimeProvider? timeProvider = null)
        : this(services => services.AddAuthingClient(options =>
        {
            options.UserPoolId = PoolId;
            options.Secret = Secret;
            options.RetryDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        }).ConfigurePrimaryHttpMessageHandler(() => handler), timeProvider)
    {
    }

    public ClientHarness(Action<IServiceCollection> register, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        register(services);
        provider = services.BuildServiceProvider(validateScopes: true);
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => provider;

    public AuthingClient Client => provider.GetRequiredService<AuthingClient>();

    public IAuthingClientFactory Factory => provider.GetRequiredService<IAuthingClientFactory>();

    public void Dispose() => provider.Dispose();
}
