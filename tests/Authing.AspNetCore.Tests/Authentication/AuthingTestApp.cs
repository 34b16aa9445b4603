using System.Net;
using System.Net.Http.Json;
using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Authentication;

/// <summary>
/// A tiny app on a TestServer (or on Kestrel at a loopback port, for <see cref="Build"/> alone): the Authing scheme as default, a fake Authing, a fake clock, captured logs, and
/// <c>/me</c> (any authenticated user; echoes the claims) and <c>/admin</c> (role admin) endpoints.
/// </summary>
internal sealed class AuthingTestApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private AuthingTestApp(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<AuthingTestApp> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new AuthingTestApp(app, app.GetTestClient());
    }

    public static WebApplication Build(
        FakeAuthingIntrospector introspector,
        FakeTimeProvider clock,
        Action<AuthingOptions>? configure = null,
        Action<WebApplicationBuilder>? arrange = null,
        CapturingLoggerProvider? logs = null,
        Action<WebApplication>? map = null,
        bool onKestrel = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        if (onKestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IAuthingTokenIntrospector>(introspector);
        builder.Services.AddAuthorization();
        AuthenticationBuilder authentication = builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme);
        authentication.AddAuthing(configure ?? (static _ => { }));
        arrange?.Invoke(builder);

        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/me", EchoAsync).RequireAuthorization();
        app.MapGet("/admin", EchoAsync).RequireAuthorization(policy => policy.RequireRole("admin"));
        map?.Invoke(app);
        return app;
    }

    public static async Task EchoAsync(HttpContext context)
    {
        AuthenticateResult result = await context.AuthenticateAsync();
        EchoedClaim[] claims = [.. context.User.Claims.Select(claim => new EchoedClaim(claim.Type, claim.Value))];
        await context.Response.WriteAsJsonAsync(new EchoedUser(
            claims,
            result.Properties?.IssuedUtc,
            result.Properties?.ExpiresUtc,
            result.Properties?.GetTokenValue(AuthingDefaults.AccessTokenName)));
    }

    public Task<HttpResponseMessage> GetWithTokenAsync(string path, string token, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return Client.SendAsync(request, cancellationToken);
    }

    public async Task<HttpStatusCode> StatusForAsync(string token)
    {
        using HttpResponseMessage response = await GetWithTokenAsync("/me", token);
        return response.StatusCode;
    }

    public async Task<EchoedUser> GetUserAsync(string token)
    {
        using HttpResponseMessage response = await GetWithTokenAsync("/me", token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EchoedUser>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
