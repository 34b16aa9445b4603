using Authing.Emulator.Configuration;
using Authing.Emulator.Oidc;

namespace Authing.Emulator.Hosting;

/// <summary>
/// An emulator started by <see cref="EmbeddedEmulatorExtensions.AddAuthingEmulatorWhenUnconfiguredAsync"/> for an
/// app that has no Authing user pool configured. The app's <c>Authing</c> configuration points at it; it stops with the app.
/// </summary>
public sealed class EmbeddedEmulator : IAsyncDisposable
{
    private readonly EmulatorHost host;
    private int disposed;

    internal EmbeddedEmulator(EmulatorHost host, string? dataFolder)
    {
        this.host = host;
        DataFolder = dataFolder;
    }

    /// <summary>The emulator's base address, e.g. <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseUrl => host.BaseUrl;

    /// <summary>The users GraphQL gateway (<c>graphql</c> under <see cref="BaseUrl"/>).</summary>
    public Uri UsersGateway => new(host.BaseUrl, "graphql");

    /// <summary>The OAuth GraphQL gateway (<c>oauth/graphql</c> under <see cref="BaseUrl"/>).</summary>
    public Uri OAuthGateway => new(host.BaseUrl, "oauth/graphql");

    /// <summary>The id of the user pool the app is configured with.</summary>
    public string UserPoolId => host.UserPoolId;

    /// <summary>The folder holding the emulator's SQLite database, or <see langword="null"/> when its data is in memory.</summary>
    public string? DataFolder { get; }

    /// <summary>
    /// The configuration keys written under the <c>Authing</c> section: <c>UserPoolId</c>, <c>Secret</c>,
    /// <c>UsersGateway</c>, <c>OAuthGateway</c>, <c>RestBase</c> and <c>PasswordEncPublicKey</c>; with the demo OIDC app
    /// (no <c>Emulator:OidcApps</c> configured) also <c>Oidc:ClientId</c>, <c>Oidc:ClientSecret</c> and
    /// <c>Oidc:RequireHttpsMetadata</c> = false, so that <c>AddAuthingOidc()</c> signs in through it.
    /// </summary>
    /// <param name="section">The section name, <c>Authing</c> by default.</param>
    /// <returns>The keys (prefixed with the section) and their values.</returns>
    public IReadOnlyDictionary<string, string?> ClientSettings(string section)
    {
        ArgumentException.ThrowIfNullOrEmpty(section);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [section + ":UserPoolId"] = host.UserPoolId,
            [section + ":Secret"] = host.UserPoolSecret,
            [section + ":UsersGateway"] = UsersGateway.ToString(),
            [section + ":OAuthGateway"] = OAuthGateway.ToString(),
            [section + ":RestBase"] = host.BaseUrl.ToString(),
            [section + ":PasswordEncPublicKey"] = host.PublicKeyPem,
        };
        if (host.Services.GetRequiredService<OidcAppDirectory>().Find(EmulatorDefaults.DemoOidcClientId) is { } demo)
        {
            settings[section + ":Oidc:ClientId"] = demo.ClientId;
            settings[section + ":Oidc:ClientSecret"] = demo.ClientSecret;
            settings[section + ":Oidc:RequireHttpsMetadata"] = bool.FalseString;
        }

        return settings;
    }

    /// <summary>Stops the emulator; later calls do nothing.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
