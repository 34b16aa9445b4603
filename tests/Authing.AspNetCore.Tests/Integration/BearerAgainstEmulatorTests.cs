using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Integration;

/// <summary>The default <c>AddAuthing()</c> set-up (configuration section only) against the emulator over HTTP.</summary>
public sealed class BearerAgainstEmulatorTests
{
    private static Task<AuthingEnvironment> StartAsync() =>
        AuthingEnvironment.StartAsync(builder => builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing());

    [Fact]
    public async Task Valid_token_is_accepted_with_the_users_claims()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        using HttpResponseMessage response = await env.App.GetAsync("/me", user.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = await response.Content.ReadFromJsonAsync<KeyValuePair<string, string>[]>();
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.Subject, user.Id), claims!);
        Assert.Contains(new KeyValuePair<string, string>(ClaimTypes.NameIdentifier, user.Id), claims!);
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.Email, user.Email!), claims!);
        Assert.Contains(new KeyValuePair<string, string>(AuthingClaimTypes.ClientId, EmulatorServer.PoolId), claims!);
        Assert.Contains(claims!, claim => claim.Key == AuthingClaimTypes.ExpiresAt);
    }

    [Fact]
    public async Task Request_without_a_token_gets_a_bare_bearer_challenge()
    {
        await using AuthingEnvironment env = await StartAsync();
        using HttpResponseMessage response = await env.App.GetAsync("/me", bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjp7ImlkIjoiNWYxZTJkM2M0YjVhNjk3ODg3OTYwYTFiIn19.c2lnbmF0dXJl")]
    public async Task Unreadable_or_foreign_token_is_rejected_as_invalid_token(string token)
    {
        await using AuthingEnvironment env = await StartAsync();
        using HttpResponseMessage response = await env.App.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_with_a_tampered_signature_is_rejected()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        string token = user.Token!;
        char last = token[^1];
        string tampered = token[..^1] + (last == 'A' ? 'B' : 'A');

        using HttpResponseMessage response = await env.App.GetAsync("/me", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_of_a_user_logged_out_before_first_use_is_rejected()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        await env.Users.Client.LogoutAsync(user.Id);

        using HttpResponseMessage response = await env.App.GetAsync("/me", user.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hundred_concurrent_requests_with_a_fresh_token_make_one_upstream_call()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        int before = env.Emulator.Gate.RequestsFor("checkLoginStatus");
        env.Emulator.Gate.Delay = TimeSpan.FromMilliseconds(200);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => env.App.GetAsync("/me", user.Token)));
        env.Emulator.Gate.Delay = TimeSpan.Zero;

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, env.Emulator.Gate.RequestsFor("checkLoginStatus") - before);
        foreach (HttpResponseMessage response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_scheme_client_is_the_injectable_default_client()
    {
        await using AuthingEnvironment env = await StartAsync();
        AuthingClient client = env.App.Services.GetRequiredService<AuthingClient>();

        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        LoginStatus status = await client.CheckLoginStatusAsync(user.Token!);

        Assert.True(status.Status);
        Assert.Equal(user.Id, status.Token?.Data?.Id);
    }
}
