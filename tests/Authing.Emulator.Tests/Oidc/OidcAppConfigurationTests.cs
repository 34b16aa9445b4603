using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Hosting;
using Authing.Emulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Tests.Oidc;

public sealed class OidcAppConfigurationTests
{
    private const string AppId = "0a1b2c3d4e5f60718293a4b5";
    private const string AppSecret = "configured-app-secret";

    private static readonly Dictionary<string, string?> ConfiguredApp = new()
    {
        ["Emulator:OidcApps:0:ClientId"] = AppId,
        ["Emulator:OidcApps:0:ClientSecret"] = AppSecret,
        ["Emulator:OidcApps:0:Name"] = "Configured app",
        ["Emulator:OidcApps:0:RedirectUris:0"] = "https://app.example/signin-oidc",
        ["Emulator:OidcApps:0:GrantTypes:0"] = "authorization_code",
        ["Emulator:OidcApps:0:AccessTokenLifetime"] = "00:05:00",
    };

    [Fact]
    public async Task Configured_app_accepts_its_registered_redirect_uri_only()
    {
        using var factory = new EmulatorFactory { Settings = ConfiguredApp };
        using var browser = new OidcBrowser(factory);

        var registered = await browser.GetAsync(Url("https://app.example/signin-oidc"));
        var loopback = await browser.GetAsync(Url("http://127.0.0.1:5123/signin-oidc"));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, loopback.StatusCode);
        Assert.Null(loopback.Headers.Location);
    }

    [Fact]
    public async Task Configured_apps_replace_the_demo_app_and_keep_their_grant_types()
    {
        using var factory = new EmulatorFactory { Settings = ConfiguredApp };
        using var client = factory.CreateClient();

        var demo = await client.GetAsync(new Uri(OidcBrowser.AuthorizeUrl(null), UriKind.Relative));
        var password = await client.PostAsync(
            new Uri("/oauth/oidc/token", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["email"] = "x@example.com",
                ["password"] = "x",
                ["client_id"] = AppId,
                ["client_secret"] = AppSecret,
            }));

        Assert.Equal(HttpStatusCode.BadRequest, demo.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal("unauthorized_client", (string?)(await password.Content.ReadFromJsonAsync<JsonObject>())!["error"]);
    }

    [Fact]
    public async Task Invalid_oidc_app_settings_fail_validation_at_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:OidcApps:0:ClientId"] = "not-hex",
            ["Emulator:OidcApps:0:GrantTypes:0"] = "implicit",
            ["Emulator:OidcApps:0:CodeLifetime"] = "00:00:00",
        }));

        Assert.Contains("Emulator:OidcApps:0:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Emulator:OidcApps:0:ClientSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("Emulator:OidcApps:0:GrantTypes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Emulator:OidcApps:0:CodeLifetime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_rotation_is_refused_to_a_remote_caller()
    {
        using var factory = new RemoteCallerFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/__emulator/oidc/rotate-keys", UriKind.Relative), null);
        var jwks = await client.GetFromJsonAsync<JsonObject>("/oauth/oidc/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(jwks!["keys"]!.AsArray());
    }

    private static string Url(string redirectUri)
        => OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["client_id"] = AppId, ["redirect_uri"] = redirectUri });

    /// <summary>The emulator seen from a non-loopback address.</summary>
    private sealed class RemoteCallerFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<EmulatorHost>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Emulator:Storage", "InMemory");
            builder.UseSetting("Emulator:PrintBanner", "false");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>());
        }
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
