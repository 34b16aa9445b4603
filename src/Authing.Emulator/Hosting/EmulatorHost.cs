using Microsoft.AspNetCore.Http.Features;
using Authing.Emulator.Keys;
using Authing.Emulator.Pools;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Authing.Emulator.Hosting;

/// <summary>
/// An emulator running in the current process on a free loopback port, for samples and tests that want a real
/// Authing-compatible peer. Dispose it to stop it.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorHost(WebApplication app, Uri baseUrl, UserPool pool, string publicKeyPem)
    {
        this.app = app;
        BaseUrl = baseUrl;
        UserPoolId = pool.Id;
        UserPoolSecret = pool.Secret;
        PublicKeyPem = publicKeyPem;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:49152/</c>; the users gateway is <c>graphql</c> under it.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The first pool's id.</summary>
    public string UserPoolId { get; }

    /// <summary>The first pool's secret.</summary>
    public string UserPoolSecret { get; }

    /// <summary>The public key clients encrypt passwords with, as PEM.</summary>
    public string PublicKeyPem { get; }

    /// <summary>The emulator's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts an emulator on <c>http://127.0.0.1:0</c>. <paramref name="settings"/> are configuration keys such as
    /// <c>Emulator:Storage</c> = <c>InMemory</c> or <c>Emulator:UserPools:0:Id</c>; nothing else is read.
    /// </summary>
    public static async Task<EmulatorHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthingEmulator(builder.Configuration);
        var app = builder.Build();
        app.MapAuthingEmulator();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new EmulatorHost(
                app,
                new Uri(address.TrimEnd('/') + "/"),
                app.Services.GetRequiredService<UserPoolDirectory>().All[0],
                app.Services.GetRequiredService<EmulatorKeys>().PublicKeyPem);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
