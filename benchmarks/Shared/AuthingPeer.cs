using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.Emulator.Configuration;
using Authing.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Benchmarking;

/// <summary>
/// The upstream of the benchmarks: an Authing emulator on a free loopback port in this process (in-memory storage),
/// with one registered user, that user's UserToken and an OIDC access token of the emulator's demo OIDC app.
/// </summary>
internal sealed class AuthingPeer : IAsyncDisposable
{
    private const string Password = "Bench-Pa55word";

    private readonly EmulatorHost emulator;

    private AuthingPeer(EmulatorHost emulator, string userId, string userToken, string oidcAccessToken)
    {
        this.emulator = emulator;
        UserId = userId;
        UserToken = userToken;
        OidcAccessToken = oidcAccessToken;
    }

    /// <summary>The registered user's id.</summary>
    public string UserId { get; }

    /// <summary>A UserToken of the registered user, valid for the emulator's default lifetime (15 days).</summary>
    public string UserToken { get; }

    /// <summary>An access token of the demo OIDC app for the same user (RS256, checked against the emulator's JWKS).</summary>
    public string OidcAccessToken { get; }

    /// <summary>Starts the emulator, registers a user and logs it in.</summary>
    public static async Task<AuthingPeer> StartAsync(CancellationToken cancellationToken)
    {
        EmulatorHost emulator = await EmulatorHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Emulator:Storage"] = "InMemory",
                ["Emulator:PrintBanner"] = bool.FalseString,
                ["Logging:LogLevel:Default"] = "Warning",
            },
            cancellationToken);
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddAuthingClient(options => Configure(emulator, options));
            await using ServiceProvider provider = services.BuildServiceProvider();
            AuthingClient client = provider.GetRequiredService<AuthingClient>();
            string email = $"bench-{Guid.NewGuid():N}@example.com";
            await client.RegisterAsync(new RegisterRequest { Email = email, Password = Password }, cancellationToken);
            AuthingUser user = await client.LoginAsync(new LoginRequest { Email = email, Password = Password }, cancellationToken);
            string userToken = user.Token ?? throw new InvalidOperationException("The emulator issued no UserToken.");
            OidcTokenSet oidc = await client.AuthingTokenToOidcTokenAsync(
                EmulatorDefaults.DemoOidcClientId, EmulatorDefaults.DemoOidcClientSecret, userToken, cancellationToken: cancellationToken);
            return new AuthingPeer(emulator, user.Id, userToken, oidc.AccessToken ?? throw new InvalidOperationException("The emulator issued no OIDC access token."));
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Points an Authing client at the emulator: pool, secret, gateways, REST base and password key.</summary>
    public void Configure(AuthingClientOptions options) => Configure(emulator, options);

    /// <summary>Makes the Authing scheme check OIDC access tokens of the demo app locally, against the emulator's JWKS.</summary>
    public static void ConfigureOidcAccessTokens(AuthingOptions options)
    {
        options.ValidationMode = AuthingValidationMode.OidcAccessToken;
        options.OidcAudience = EmulatorDefaults.DemoOidcClientId;
        options.OidcRequireHttpsMetadata = false;
    }

    public ValueTask DisposeAsync() => emulator.DisposeAsync();

    private static void Configure(EmulatorHost emulator, AuthingClientOptions options)
    {
        options.UserPoolId = emulator.UserPoolId;
        options.Secret = emulator.UserPoolSecret;
        options.UsersGateway = new Uri(emulator.BaseUrl, "graphql");
        options.OAuthGateway = new Uri(emulator.BaseUrl, "oauth/graphql");
        options.RestBase = emulator.BaseUrl;
        options.PasswordEncPublicKey = emulator.PublicKeyPem;
    }
}
