using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Authing.LoadHarness.Modes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Authing.LoadHarness;

/// <summary>A mode's app, listening on a free loopback port (Kestrel, no logging).</summary>
internal sealed class ModeServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ModeServer(HarnessMode mode, WebApplication app, Uri url)
    {
        Mode = mode;
        this.app = app;
        Url = url;
    }

    public HarnessMode Mode { get; }

    /// <summary>The address of <c>GET /me</c>.</summary>
    public Uri Url { get; }

    public static async Task<ModeServer> StartAsync(HarnessMode mode, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        mode.AddServices(builder.Services);
        WebApplication app = builder.Build();
        mode.MapEndpoints(app);
        try
        {
            await app.StartAsync(cancellationToken);
            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var server = new ModeServer(mode, app, new Uri(new Uri(address), MeEndpoints.Path));
            await server.VerifyAsync(cancellationToken);
            return server;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Checks that the credential is accepted and, for an authenticated mode, that a request without it is refused.</summary>
    private async Task VerifyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        HttpStatusCode with = await StatusAsync(client, Mode.Authorization, cancellationToken);
        HttpStatusCode without = await StatusAsync(client, authorization: null, cancellationToken);
        HttpStatusCode expected = Mode.RequiresAuthentication ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
        if (with != HttpStatusCode.OK || without != expected)
        {
            throw new InvalidOperationException($"Mode '{Mode.Name}': GET /me answered {(int)with} with its credential and {(int)without} without; expected 200 and {(int)expected}.");
        }
    }

    private async Task<HttpStatusCode> StatusAsync(HttpClient client, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
