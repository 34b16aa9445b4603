using System.Net.Http.Headers;
using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An app under test with the default <c>AddAuthing()</c> set-up whose Authing client uses its real network stack,
/// for tests against an emulator on a loopback port.
/// </summary>
internal sealed class StandaloneApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandaloneApp(WebApplication app) => this.app = app;

    public IServiceProvider Services => app.Services;

    public static async Task<StandaloneApp> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        EmulatedApp.MapMe(app);
        await app.StartAsync();
        return new StandaloneApp(app);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? bearer)
    {
        using HttpClient client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = bearer is null ? null : new AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
