using System.Net;
using System.Text.Json;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Oidc;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>Refreshing the access token inside the cookie session, against the emulator's rotating refresh tokens.</summary>
public sealed class OidcSessionRefreshTests
{
    /// <summary>Longer than the emulator's access token lifetime (1 h), so that every request refreshes.</summary>
    private static readonly TimeSpan AlwaysRefresh = TimeSpan.FromHours(2);

    [Fact]
    public async Task Access_token_near_its_expiry_is_refreshed_and_the_refresh_token_rotated()
    {
        await using OidcSite site = await OidcSite.StartAsync(options => options.RefreshBeforeExpiry = AlwaysRefresh);
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);

        Dictionary<string, string> before = await TokensAsync(site);
        Dictionary<string, string> after = await TokensAsync(site);

        Assert.NotEqual(before["access_token"], after["access_token"]);
        Assert.NotEqual(before["refresh_token"], after["refresh_token"]);
    }

    [Fact]
    public async Task Access_token_far_from_its_expiry_is_kept()
    {
        await using OidcSite site = await OidcSite.StartAsync(options => options.RefreshBeforeExpiry = TimeSpan.FromMinutes(2));
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);

        Dictionary<string, string> before = await TokensAsync(site);
        Dictionary<string, string> after = await TokensAsync(site);

        Assert.Equal(before["access_token"], after["access_token"]);
    }

    [Fact]
    public async Task Parallel_requests_with_the_same_session_redeem_its_refresh_token_once()
    {
        await using OidcSite site = await OidcSite.StartAsync(options => options.RefreshBeforeExpiry = AlwaysRefresh);
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);
        string cookie = site.Browser.Cookies.GetCookieHeader(site.Origin);

        HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, site.At("/tokens"));
            request.Headers.Add("Cookie", cookie);
            return await site.App.Client.SendAsync(request);
        }));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        string[] accessTokens = await Task.WhenAll(answers.Select(async answer => JsonSerializer.Deserialize<Dictionary<string, string>>(await answer.Content.ReadAsStringAsync())!["access_token"]));
        Assert.Single(accessTokens.Distinct());
        foreach (HttpResponseMessage answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Invalid_grant_is_terminal_and_ends_the_session()
    {
        var failures = new List<AuthingOidcRefreshFailedContext>();
        await using OidcSite site = await OidcSite.StartAsync(options =>
        {
            options.RefreshBeforeExpiry = AlwaysRefresh;
            options.Events.OnTokenRefreshFailed = context =>
            {
                failures.Add(context);
                return Task.CompletedTask;
            };
        });
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);
        await site.Users.Client.RevokeAuthorizedAppAsync(user.Id!, OidcSite.ClientId);

        BrowserPage answer = await site.Browser.SendAsync(HttpMethod.Get, site.At("/me"));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/oauth/oidc/auth", answer.Location!.AbsolutePath);
        AuthingOidcRefreshFailedContext failure = Assert.Single(failures);
        Assert.True(failure.IsTerminal);
        Assert.Equal("invalid_grant", failure.Error);
    }

    [Fact]
    public async Task Transient_failure_keeps_the_session_and_a_later_request_refreshes()
    {
        var outage = new NetworkOutage();
        var failures = new List<AuthingOidcRefreshFailedContext>();
        await using OidcSite site = await OidcSite.StartAsync(
            options =>
            {
                options.RefreshBeforeExpiry = AlwaysRefresh;
                options.Events.OnTokenRefreshFailed = context =>
                {
                    failures.Add(context);
                    return Task.CompletedTask;
                };
            },
            backchannel: client => client.AddHttpMessageHandler(() => outage));
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);
        Dictionary<string, string> before = await TokensAsync(site);

        outage.Down = true;
        BrowserPage during = await site.Browser.SendAsync(HttpMethod.Get, site.At("/me"));
        outage.Down = false;
        Dictionary<string, string> after = await TokensAsync(site);

        Assert.Equal(HttpStatusCode.OK, during.Status);
        AuthingOidcRefreshFailedContext failure = Assert.Single(failures);
        Assert.False(failure.IsTerminal);
        Assert.Null(failure.Error);
        Assert.NotEqual(before["access_token"], after["access_token"]);
    }

    private static async Task<Dictionary<string, string>> TokensAsync(OidcSite site)
    {
        BrowserPage page = await site.Browser.GetAsync(site.At("/tokens"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(page.Body)!;
    }

    /// <summary>Plays a network that is down while <see cref="Down"/> is set: every request fails before reaching the provider.</summary>
    private sealed class NetworkOutage : DelegatingHandler
    {
        public volatile bool Down;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Down ? throw new HttpRequestException("The network is down.") : base.SendAsync(request, cancellationToken);
    }
}
