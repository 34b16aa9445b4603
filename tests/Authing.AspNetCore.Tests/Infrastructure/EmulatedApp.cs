using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An app under test on a TestServer whose <c>"Authing"</c> configuration section points at an
/// <see cref="EmulatorServer"/>, with the Authing client's HTTP traffic routed to it. The test adds the library
/// parts it exercises through <c>arrange</c> and its endpoints through <c>map</c>.
/// </summary>
internal sealed class EmulatedApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatedApp(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>A handler that sends requests to this app in memory, whatever host their URL names (for a browser of several sites).</summary>
    public HttpMessageHandler CreateHandler() => app.GetTestServer().CreateHandler();

    /// <summary>
    /// Builds and starts the app. <paramref name="arrange"/> registers services (the emulator's settings are already in
    /// configuration under <c>Authing:</c>); <paramref name="map"/> maps endpoints after authentication and authorization.
    /// </summary>
    public static async Task<EmulatedApp> StartAsync(
        EmulatorServer emulator,
        Action<WebApplicationBuilder> arrange,
        Action<WebApplication>? map = null,
        IEnumerable<string>? routedClients = null,
        ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(arrange);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            // A rule for the capturing provider itself, so that the Logging levels of any appsettings.json in the output folder do not hide Debug and Trace.
            builder.Logging.AddProvider(logs);
            builder.Services.Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(logs.GetType().FullName, categoryName: null, LogLevel.Trace, filter: null)));
        }

        builder.Configuration.AddInMemoryCollection(emulator.ClientSettings("Authing:"));
        foreach (string name in routedClients ?? ["Authing"])
        {
            emulator.RouteClient(builder.Services, name);
        }

        builder.Services.AddAuthorization();
        arrange(builder);
        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        map?.Invoke(app);
        await app.StartAsync();
        return new EmulatedApp(app);
    }

    /// <summary>Maps <c>GET /me</c> (any signed-in user) echoing the caller's claims as <c>{type: value}</c> pairs.</summary>
    public static void MapMe(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/me", static (HttpContext context) =>
            context.User.Claims.Select(claim => new KeyValuePair<string, string>(claim.Type, claim.Value))).RequireAuthorization();
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? bearer, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Client.SendAsync(request, cancellationToken);
    }

    public async Task<AuthenticateResult> AuthenticateAsync(string scheme, string bearer)
    {
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Headers.Authorization = "Bearer " + bearer;
        using var scope = app.Services.CreateScope();
        context.RequestServices = scope.ServiceProvider;
        return await context.AuthenticateAsync(scheme);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
