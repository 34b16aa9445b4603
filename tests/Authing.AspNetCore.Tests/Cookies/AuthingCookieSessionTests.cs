using System.Net;
using System.Net.Http.Json;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Cookies;

/// <summary>The cookie session that keeps the UserToken, against the emulator over HTTP.</summary>
public sealed class AuthingCookieSessionTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Signed_in_user_has_an_http_only_lax_session_cookie_with_the_users_claims()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await RegisterAsync(env);

        string setCookie = await SignInAsync(env, user.Email!);
        using HttpResponseMessage me = await GetMeAsync(env, CookieOf(setCookie));

        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var claims = await me.Content.ReadFromJsonAsync<KeyValuePair<string, string>[]>();
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.Subject, user.Id), claims!);
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.Email, user.Email!), claims!);
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.Name, user.Email!), claims!);
    }

    [Fact]
    public async Task Session_cookie_is_secure_when_served_over_https()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await RegisterAsync(env);
        env.App.Client.BaseAddress = new Uri("https://localhost/");

        string setCookie = await SignInAsync(env, user.Email!);

        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task User_logged_out_elsewhere_loses_the_session_once_the_cache_lifetime_passes()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await RegisterAsync(env);
        string cookie = CookieOf(await SignInAsync(env, user.Email!));
        using (HttpResponseMessage before = await GetMeAsync(env, cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await env.Users.Client.LogoutAsync(user.Id);
        clock.Advance(TimeSpan.FromSeconds(61));
        using HttpResponseMessage after = await GetMeAsync(env, cookie);

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains(after.Headers.GetValues("Set-Cookie"), value => value.StartsWith(AuthingCookieDefaults.CookieName + "=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreachable_authing_makes_the_request_anonymous_but_keeps_the_session()
    {
        await using AuthingEnvironment env = await StartAsync(timeout: "00:00:02");
        AuthingUser user = await RegisterAsync(env);
        string cookie = CookieOf(await SignInAsync(env, user.Email!));

        env.Emulator.Gate.Delay = TimeSpan.FromSeconds(30);
        using HttpResponseMessage during = await GetMeAsync(env, cookie);
        env.Emulator.Gate.Delay = TimeSpan.Zero;
        using HttpResponseMessage after = await GetMeAsync(env, cookie);

        Assert.Equal(HttpStatusCode.Unauthorized, during.StatusCode);
        Assert.False(during.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public void Cookie_scheme_without_the_authing_scheme_is_refused_at_registration()
    {
        var services = new ServiceCollection();

        var failure = Assert.Throws<InvalidOperationException>(() => services.AddAuthentication().AddAuthingCookie());

        Assert.Contains("AddAuthing()", failure.Message, StringComparison.Ordinal);
    }

    private Task<AuthingEnvironment> StartAsync(string? timeout = null) =>
        AuthingEnvironment.StartAsync(
            builder =>
            {
                if (timeout is not null)
                {
                    builder.Configuration["Authing:Timeout"] = timeout;
                    builder.Configuration["Authing:MaxRetries"] = "0";
                }

                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.Services.AddAuthentication(AuthingCookieDefaults.AuthenticationScheme)
                    .AddAuthing()
                    .AddAuthingCookie(options => options.Events.OnRedirectToLogin = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    });
            },
            MapSignInAndMe,
            new EmulatorServer { Clock = clock });

    private static void MapSignInAndMe(WebApplication app)
    {
        app.MapPost("/signin", async (HttpContext context, AuthingClient client, string email) =>
        {
            AuthingUser user = await client.LoginAsync(new LoginRequest { Email = email, Password = EmulatorUsers.Password });
            await context.SignInWithAuthingAsync(user);
            return Results.NoContent();
        });
        EmulatedApp.MapMe(app);
    }

    private static async Task<AuthingUser> RegisterAsync(AuthingEnvironment env)
    {
        string email = $"cookie-{Guid.NewGuid():N}@example.com";
        return await env.Users.Client.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password });
    }

    private static async Task<string> SignInAsync(AuthingEnvironment env, string email)
    {
        using HttpResponseMessage response = await env.App.Client.PostAsync(new Uri("/signin?email=" + Uri.EscapeDataString(email), UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"));
    }

    private static string CookieOf(string setCookie) => setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];

    private static Task<HttpResponseMessage> GetMeAsync(AuthingEnvironment env, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("Cookie", cookie);
        return env.App.Client.SendAsync(request);
    }
}
