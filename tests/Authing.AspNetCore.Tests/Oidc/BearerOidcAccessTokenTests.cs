using System.Net;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Oidc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The bearer handler's <see cref="AuthingValidationMode.OidcAccessToken"/> mode: OIDC access tokens checked locally against the emulator's JWKS.</summary>
public sealed class BearerOidcAccessTokenTests
{
    [Fact]
    public async Task Valid_access_token_is_accepted_with_the_users_claims()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        OidcTokenSet tokens = await AccessTokenAsync(env, user);

        using HttpResponseMessage response = await env.App.GetAsync("/me", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(user.Id!, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_make_no_upstream_call_once_the_keys_are_known()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        OidcTokenSet[] tokens = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => AccessTokenAsync(env, user)));
        using (HttpResponseMessage warmUp = await env.App.GetAsync("/me", tokens[0].AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        int before = env.Emulator.Gate.Requests;
        foreach (OidcTokenSet token in tokens.Concat(tokens))
        {
            using HttpResponseMessage response = await env.App.GetAsync("/me", token.AccessToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, env.Emulator.Gate.Requests);
    }

    [Fact]
    public async Task Tampered_access_token_is_refused_with_invalid_token()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        OidcTokenSet genuine = await AccessTokenAsync(env, user);
        OidcTokenSet other = await AccessTokenAsync(env, await env.Users.RegisterAndLoginAsync());
        string[] parts = genuine.AccessToken!.Split('.');
        string tampered = $"{parts[0]}.{other.AccessToken!.Split('.')[1]}.{parts[2]}";

        using HttpResponseMessage response = await env.App.GetAsync("/me", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_is_not_accepted_as_an_access_token()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        OidcTokenSet tokens = await AccessTokenAsync(env, user);

        using HttpResponseMessage response = await env.App.GetAsync("/me", tokens.IdToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_access_token_is_refused_as_expired()
    {
        var past = new FakeTimeProvider();
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer { Clock = past });
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        OidcTokenSet tokens = await AccessTokenAsync(env, user);

        using HttpResponseMessage response = await env.App.GetAsync("/me", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error_description=\"The token expired\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_token_signed_after_a_key_rotation_is_accepted_without_a_restart()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        using (HttpResponseMessage before = await env.App.GetAsync("/me", (await AccessTokenAsync(env, user)).AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (HttpClient emulator = env.Emulator.CreateClient())
        {
            using HttpResponseMessage rotated = await emulator.PostAsync(new Uri("/__emulator/oidc/rotate-keys", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        }

        using HttpResponseMessage after = await env.App.GetAsync("/me", (await AccessTokenAsync(env, user)).AccessToken);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Mode_without_the_apps_client_id_stops_start_up()
    {
        await using var emulator = new EmulatorServer();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => EmulatedApp.StartAsync(emulator, builder =>
        {
            builder.Configuration["Authing:ValidationMode"] = nameof(AuthingValidationMode.OidcAccessToken);
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        }));

        Assert.Contains(nameof(AuthingOptions.OidcAudience), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authority_is_derived_from_the_rest_base()
    {
        await using AuthingEnvironment env = await StartAsync(new EmulatorServer());

        AuthingOptions options = env.App.Services.GetRequiredService<IOptionsMonitor<AuthingOptions>>().Get(AuthingDefaults.AuthenticationScheme);

        Assert.Equal(new Uri(env.Emulator.BaseAddress, "oauth/oidc"), options.OidcAuthority);
        Assert.Equal(OidcSite.ClientId, options.OidcAudience);
    }

    private static Task<AuthingEnvironment> StartAsync(EmulatorServer emulator) =>
        AuthingEnvironment.StartAsync(
            builder =>
            {
                builder.Configuration["Authing:ValidationMode"] = nameof(AuthingValidationMode.OidcAccessToken);
                builder.Configuration["Authing:Oidc:ClientId"] = OidcSite.ClientId;
                builder.Configuration["Authing:Oidc:RequireHttpsMetadata"] = "false";
                builder.Services.AddHttpClient(AuthingOidcDefaults.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.Server.CreateHandler());
                builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
            },
            emulator: emulator);

    private static Task<OidcTokenSet> AccessTokenAsync(AuthingEnvironment env, AuthingUser user) =>
        env.Users.Client.AuthingTokenToOidcTokenAsync(OidcSite.ClientId, OidcSite.ClientSecret, user.Token!);
}
