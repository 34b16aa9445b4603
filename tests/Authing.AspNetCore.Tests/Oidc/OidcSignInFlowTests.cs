using System.Net;
using System.Text.Json;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.WebUtilities;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The authorization code flow end to end: a browser, the app with <c>AddAuthingOidc()</c> and the emulator's provider, over HTTP.</summary>
public sealed class OidcSignInFlowTests
{
    [Fact]
    public async Task Code_flow_signs_the_user_in_with_the_bearer_claim_types()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();

        Dictionary<string, string> claims = await site.SignInAsync(user.Email!);

        Assert.Equal(user.Id, claims["sub"]);
        Assert.Equal(user.Id, claims[System.Security.Claims.ClaimTypes.NameIdentifier]);
        Assert.Equal(user.Email, claims["email"]);
        Assert.True(claims.ContainsKey("name"));
        Assert.DoesNotContain("nonce", claims.Keys);
        Assert.DoesNotContain("at_hash", claims.Keys);
    }

    [Fact]
    public async Task Authorization_request_carries_pkce_state_and_nonce()
    {
        await using OidcSite site = await OidcSite.StartAsync();

        await site.Browser.GetAsync(site.At("/me"));

        Uri authorize = site.Browser.Visited.First(url => url.AbsolutePath == "/oauth/oidc/auth");
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Equal(new Uri(site.Origin, "/signin-authing-oidc").AbsoluteUri, query["redirect_uri"].ToString());
    }

    [Fact]
    public async Task Session_keeps_the_id_token_access_token_and_refresh_token()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);

        BrowserPage tokens = await site.Browser.GetAsync(site.At("/tokens"));

        string[] names = [.. JsonSerializer.Deserialize<Dictionary<string, string>>(tokens.Body)!.Keys];
        Assert.Contains("id_token", names);
        Assert.Contains("access_token", names);
        Assert.Contains("refresh_token", names);
        Assert.Contains("expires_at", names);
    }

    [Fact]
    public async Task Sign_out_goes_through_the_end_session_endpoint_and_clears_the_cookie()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);
        Assert.Contains(site.Browser.Cookies.GetCookies(site.Origin), cookie => cookie.Name == AuthingCookieDefaults.CookieName);

        BrowserPage signedOut = await site.Browser.GetAsync(site.At("/signout"));

        Assert.Equal(site.At("/signed-out"), signedOut.Url);
        Uri endSession = site.Browser.Visited.Single(url => url.AbsolutePath == "/oauth/oidc/session/end");
        var query = QueryHelpers.ParseQuery(endSession.Query);
        Assert.False(string.IsNullOrEmpty(query["id_token_hint"]));
        Assert.Equal(new Uri(site.Origin, "/signout-callback-authing-oidc").AbsoluteUri, query["post_logout_redirect_uri"].ToString());
        Assert.DoesNotContain(site.Browser.Cookies.GetCookies(site.Origin), cookie => cookie.Name == AuthingCookieDefaults.CookieName && !cookie.Expired);
        BrowserPage again = await site.Browser.GetAsync(site.At("/me"));
        Assert.Equal("/oauth/oidc/auth", again.Url.AbsolutePath);
    }

    [Fact]
    public async Task Mismatched_state_is_rejected_with_400()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        BrowserPage callback = await site.AuthorizeAsync(user.Email!);
        var query = QueryHelpers.ParseQuery(callback.Location!.Query);
        string forged = QueryHelpers.AddQueryString(site.At("/signin-authing-oidc").AbsoluteUri, new Dictionary<string, string?>
        {
            ["code"] = query["code"],
            ["state"] = query["state"].ToString()[..^4] + "AAAA",
        });

        BrowserPage answer = await site.Browser.SendAsync(HttpMethod.Get, new Uri(forged));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("state", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replayed_code_is_rejected_by_the_provider_and_answered_with_400()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        BrowserPage callback = await site.AuthorizeAsync(user.Email!);
        CookieSnapshot correlation = CookieSnapshot.Take(site.Browser, callback.Location!);
        await site.Browser.FollowAsync(callback);

        correlation.Restore(site.Browser, callback.Location!);
        BrowserPage replay = await site.Browser.SendAsync(HttpMethod.Get, callback.Location!);

        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Contains("invalid_grant", replay.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "invalid_grant")]
    [InlineData("nonce", "a-nonce-the-app-never-sent", "nonce is not the one")]
    [InlineData("nonce", null, "carries no nonce")]
    public async Task Authorization_request_altered_on_its_way_is_rejected_with_400(string parameter, string? value, string reason)
    {
        await using OidcSite site = await OidcSite.StartAsync(options => options.Events.OnRedirectToAuthorizationEndpoint = context =>
        {
            context.Response.Redirect(Replace(context.RedirectUri, parameter, value));
            return Task.CompletedTask;
        });
        AuthingUser user = await site.Users.RegisterAndLoginAsync();

        BrowserPage answer = await site.Browser.FollowAsync(await site.AuthorizeAsync(user.Email!));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(reason, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unregistered_redirect_uri_gets_the_providers_error_page_and_no_redirect()
    {
        await using OidcSite site = await OidcSite.StartAsync(origin: new Uri("http://app.example.com/"));

        BrowserPage answer = await site.Browser.GetAsync(site.At("/me"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("/oauth/oidc/auth", answer.Url.AbsolutePath);
        Assert.DoesNotContain(site.Browser.Visited, url => url.AbsolutePath == "/signin-authing-oidc");
    }

    [Fact]
    public async Task Sign_in_after_a_key_rotation_validates_without_a_restart()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser first = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(first.Email!);
        using (HttpClient emulator = site.Emulator.CreateClient())
        {
            using HttpResponseMessage rotated = await emulator.PostAsync(new Uri("/__emulator/oidc/rotate-keys", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        }

        site.Browser.Cookies.GetCookies(site.Origin).ToList().ForEach(cookie => cookie.Expired = true);
        await site.Browser.GetAsync(site.At("/signout"));
        AuthingUser second = await site.Users.RegisterAndLoginAsync();

        Dictionary<string, string> claims = await site.SignInAsync(second.Email!);

        Assert.Equal(second.Id, claims["sub"]);
    }

    private static string Replace(string url, string name, string? value)
    {
        var uri = new Uri(url);
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        if (value is null)
        {
            query.Remove(name);
        }
        else
        {
            query[name] = value;
        }

        return QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query);
    }
}
