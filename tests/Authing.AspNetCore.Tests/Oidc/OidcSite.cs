using System.Text.Json;
using Authing.AspNetCore.Cookies;
using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>
/// The emulator with its demo OIDC app, an app signing users in through <c>AddAuthingOidc()</c> into the Authing cookie
/// session, and a browser for both. The app answers <c>/me</c> (claims, sign-in required), <c>/tokens</c> (the tokens the
/// session keeps, by name, each as a short hash), <c>/signout</c> (cookie and provider) and <c>/signed-out</c>.
/// </summary>
internal sealed class OidcSite : IAsyncDisposable
{
    public const string ClientId = "656d756c61746f724f494443";
    public const string ClientSecret = "emulator-demo-oidc-secret";

    public static readonly Uri LoopbackOrigin = new("http://127.0.0.1:5001/");

    private OidcSite(EmulatorServer emulator, EmulatorUsers users, EmulatedApp app, BrowserSession browser, Uri origin)
    {
        Emulator = emulator;
        Users = users;
        App = app;
        Browser = browser;
        Origin = origin;
    }

    public EmulatorServer Emulator { get; }

    public EmulatorUsers Users { get; }

    public EmulatedApp App { get; }

    public BrowserSession Browser { get; }

    public Uri Origin { get; }

    public static async Task<OidcSite> StartAsync(
        Action<AuthingOidcOptions>? configure = null, Uri? origin = null, EmulatorServer? emulator = null, Action<IHttpClientBuilder>? backchannel = null)
    {
        emulator ??= new EmulatorServer();
        var users = new EmulatorUsers(emulator);
        EmulatedApp app = await EmulatedApp.StartAsync(
            emulator,
            builder =>
            {
                builder.Configuration["Authing:Oidc:ClientId"] = ClientId;
                builder.Configuration["Authing:Oidc:ClientSecret"] = ClientSecret;
                builder.Configuration["Authing:Oidc:RequireHttpsMetadata"] = "false";
                IHttpClientBuilder oidcClient = builder.Services.AddHttpClient(AuthingOidcDefaults.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
                backchannel?.Invoke(oidcClient);
                builder.Services.AddAuthentication(options =>
                    {
                        options.DefaultScheme = AuthingCookieDefaults.AuthenticationScheme;
                        options.DefaultChallengeScheme = AuthingOidcDefaults.AuthenticationScheme;
                    })
                    .AddAuthing()
                    .AddAuthingCookie()
                    .AddAuthingOidc(options =>
                    {
                        options.SignInScheme = AuthingCookieDefaults.AuthenticationScheme;
                        configure?.Invoke(options);
                    });
            },
            Map);
        var browser = new BrowserSession();
        browser.AddSite(emulator.BaseAddress, emulator.Server.CreateHandler());
        origin ??= LoopbackOrigin;
        browser.AddSite(origin, app.CreateHandler());
        return new OidcSite(emulator, users, app, browser, origin);
    }

    public Uri At(string path) => new(Origin, path);

    /// <summary>Opens <c>/me</c>, signs in at the provider's login page and allows the consent; stops before the app's callback.</summary>
    public async Task<BrowserPage> AuthorizeAsync(string email)
    {
        BrowserPage login = await Browser.GetAsync(At("/me"));
        Assert.Equal(System.Net.HttpStatusCode.OK, login.Status);
        Assert.Equal("/oauth/oidc/auth", login.Url.AbsolutePath);
        BrowserPage next = await Browser.SubmitAsync(login, new Dictionary<string, string> { ["identifier"] = email, ["password"] = EmulatorUsers.Password }, stopBefore: IsAppCallback);
        if (!next.IsRedirect && Browser.HasField(next, "decision"))
        {
            next = await Browser.SubmitAsync(next, new Dictionary<string, string>(), ("decision", "allow"), stopBefore: IsAppCallback);
        }

        Assert.True(next.IsRedirect, $"The provider answered {next.Status} at {next.Url.AbsolutePath} instead of redirecting to the app.");
        return next;
    }

    /// <summary>The whole sign-in: authorize, then follow the callback to <c>/me</c>; returns the claims it shows.</summary>
    public async Task<Dictionary<string, string>> SignInAsync(string email)
    {
        BrowserPage me = await Browser.FollowAsync(await AuthorizeAsync(email));
        Assert.True(me.Status == System.Net.HttpStatusCode.OK, me.Body);
        Assert.Equal(At("/me"), me.Url);
        return ClaimsOf(me);
    }

    public bool IsAppCallback(Uri target) => target.Authority == Origin.Authority && target.AbsolutePath == AuthingOidcDefaults.CallbackPath;

    public static Dictionary<string, string> ClaimsOf(BrowserPage page)
    {
        using var document = JsonDocument.Parse(page.Body);
        return document.RootElement.EnumerateArray()
            .GroupBy(pair => pair.GetProperty("key").GetString()!)
            .ToDictionary(group => group.Key, group => group.First().GetProperty("value").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await App.DisposeAsync();
        Users.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>A short hash standing for a token, so that tests compare tokens without the app ever showing one.</summary>
    private static string Fingerprint(string value) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)))[..12];

    private static void Map(WebApplication app)
    {
        EmulatedApp.MapMe(app);
        app.MapGet("/tokens", static async (HttpContext context) =>
        {
            AuthenticateResult session = await context.AuthenticateAsync(AuthingCookieDefaults.AuthenticationScheme);
            return (session.Properties?.GetTokens() ?? []).ToDictionary(token => token.Name, token => Fingerprint(token.Value));
        }).RequireAuthorization();
        app.MapGet("/signout", static async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthingCookieDefaults.AuthenticationScheme);
            await context.SignOutAsync(AuthingOidcDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/signed-out" });
        });
        app.MapGet("/signed-out", static () => "signed out");
    }
}
