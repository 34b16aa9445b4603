using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Authing.Emulator.Keys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The Authing emulator in process (TestServer, in-memory storage) with one test pool. Apps under test reach it
/// through <see cref="CreateHandler"/> as their Authing client's primary handler, so every call is real HTTP
/// handled by the emulator. <see cref="Gate"/> counts and delays the requests it receives.
/// </summary>
public sealed class EmulatorServer : WebApplicationFactory<EmulatorHost>
{
    public const string PoolId = "5f1e2d3c4b5a697887960a1b";
    public const string PoolSecret = "library-test-pool-secret";

    internal EmulatorGate Gate { get; } = new();

    /// <summary>The emulator's clock; null for the system clock.</summary>
    internal TimeProvider? Clock { get; init; }

    /// <summary>The emulator's UserToken lifetime; null for its default (15 days).</summary>
    public TimeSpan? UserTokenLifetime { get; init; }

    /// <summary>More emulator settings (configuration keys such as <c>Emulator:UserPools:0:Ldap:Url</c>); read when the emulator starts.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; set; } = new Dictionary<string, string?>();

    public Uri BaseAddress => Server.BaseAddress;

    public string PublicKeyPem => Services.GetRequiredService<EmulatorKeys>().PublicKeyPem;

    /// <summary>Points a client at this emulator: pool, secret, both gateways, REST base and the password key.</summary>
    public void Configure(AuthingClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserPoolId = PoolId;
        options.Secret = PoolSecret;
        options.UsersGateway = new Uri(BaseAddress, "graphql");
        options.OAuthGateway = new Uri(BaseAddress, "oauth/graphql");
        options.RestBase = BaseAddress;
        options.PasswordEncPublicKey = PublicKeyPem;
    }

    /// <summary>The same settings as configuration keys under <paramref name="prefix"/> (for example <c>Authing:</c>).</summary>
    public Dictionary<string, string?> ClientSettings(string prefix)
    {
        var options = new AuthingClientOptions();
        Configure(options);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [prefix + nameof(options.UserPoolId)] = options.UserPoolId,
            [prefix + nameof(options.Secret)] = options.Secret,
            [prefix + nameof(options.UsersGateway)] = options.UsersGateway.ToString(),
            [prefix + nameof(options.OAuthGateway)] = options.OAuthGateway.ToString(),
            [prefix + nameof(options.RestBase)] = options.RestBase.ToString(),
            [prefix + nameof(options.PasswordEncPublicKey)] = options.PasswordEncPublicKey,
        };
    }

    /// <summary>The code of the newest e-mail or SMS the emulator sent to <paramref name="to"/> (its outbox, over HTTP).</summary>
    public async Task<string> LatestCodeAsync(string to)
    {
        using HttpClient client = CreateClient();
        using var outbox = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/__emulator/outbox?to=" + Uri.EscapeDataString(to), UriKind.Relative)));
        return outbox.RootElement.EnumerateArray().First().GetProperty("code").GetString()
            ?? throw new InvalidOperationException($"The newest message to {to} carries no code.");
    }

    /// <summary>Sends the named Authing client's HTTP traffic to this emulator.</summary>
    public void RouteClient(IServiceCollection services, string clientName)
    {
        services.AddHttpClient(AuthingClientDefaults.HttpClientName(clientName)).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Emulator:Storage", "InMemory");
        builder.UseSetting("Emulator:PrintBanner", "false");
        builder.UseSetting("Emulator:UserPools:0:Id", PoolId);
        builder.UseSetting("Emulator:UserPools:0:Secret", PoolSecret);
        builder.UseSetting("Emulator:UserPools:0:Name", "Library tests");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (UserTokenLifetime is { } lifetime)
        {
            builder.UseSetting("Emulator:UserTokenLifetime", lifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(Gate);
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
        });
    }
}
