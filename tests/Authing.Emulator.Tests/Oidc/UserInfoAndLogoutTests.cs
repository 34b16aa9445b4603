using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.Oidc;

public sealed class UserInfoAndLogoutTests : OidcTest
{
    [Fact]
    public async Task Userinfo_answers_the_users_claims_to_a_bearer_token()
    {
        var tokens = await SignedInTokensAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/oauth/oidc/me", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)tokens["access_token"]!);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((await ValidateAsync((string)tokens["id_token"]!)).Subject, (string?)claims["sub"]);
        Assert.Equal(Email, (string?)claims["email"]);
        Assert.False((bool)claims["email_verified"]!);
    }

    [Fact]
    public async Task Userinfo_accepts_the_access_token_as_a_form_field()
    {
        var tokens = await SignedInTokensAsync();

        var response = await Client.PostAsync(
            new Uri("/oauth/oidc/me", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["access_token"] = (string)tokens["access_token"]! }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Email, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["email"]);
    }

    [Fact]
    public async Task Userinfo_without_a_token_is_401_with_a_bare_bearer_challenge()
    {
        var response = await Client.GetAsync(new Uri("/oauth/oidc/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Userinfo_refuses_an_id_token_a_tampered_token_and_an_expired_one()
    {
        var tokens = await SignedInTokensAsync();
        var access = (string)tokens["access_token"]!;
        var tampered = access[..^4] + (access.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        await AssertInvalidTokenAsync((string)tokens["id_token"]!);
        await AssertInvalidTokenAsync(tampered);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await AssertInvalidTokenAsync(access);
    }

    [Fact]
    public async Task End_session_with_a_hint_signs_out_and_returns_to_a_registered_uri_with_state()
    {
        var tokens = await SignedInTokensAsync();

        var response = await Browser.GetAsync(
            "/oauth/oidc/session/end?id_token_hint=" + Uri.EscapeDataString((string)tokens["id_token"]!)
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString("http://127.0.0.1:5123/signout-callback-oidc") + "&state=bye");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://127.0.0.1:5123/signout-callback-oidc?state=bye", response.Headers.Location!.ToString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("authing_emulator_oidc_session=;", StringComparison.Ordinal));
        await AssertSignedOutAsync();
    }

    [Fact]
    public async Task End_session_refuses_an_unregistered_post_logout_redirect_uri()
    {
        var tokens = await SignedInTokensAsync();

        var response = await Browser.GetAsync(
            "/oauth/oidc/session/end?id_token_hint=" + Uri.EscapeDataString((string)tokens["id_token"]!)
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString("https://evil.example/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task End_session_refuses_a_redirect_without_a_hint_or_client_id()
    {
        var response = await Browser.GetAsync("/oauth/oidc/session/end?post_logout_redirect_uri=" + Uri.EscapeDataString(OidcBrowser.RedirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task End_session_refuses_a_tampered_hint()
    {
        var tokens = await SignedInTokensAsync();
        var idToken = (string)tokens["id_token"]!;

        var response = await Browser.GetAsync(
            "/oauth/oidc/session/end?id_token_hint=" + Uri.EscapeDataString(idToken[..^4] + "AAAA")
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString(OidcBrowser.RedirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task End_session_without_a_redirect_shows_the_signed_out_page()
    {
        await SignedInTokensAsync();

        var response = await Browser.GetAsync("/oauth/oidc/session/end");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertSignedOutAsync();
    }

    [Fact]
    public async Task Sso_logout_url_signs_out_and_redirects_to_a_registered_uri()
    {
        await SignedInTokensAsync();

        var response = await Browser.GetAsync($"/login/profile/logout?app_id={OidcBrowser.ClientId}&redirect_uri=" + Uri.EscapeDataString("http://localhost:8080/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost:8080/", response.Headers.Location!.ToString());
        await AssertSignedOutAsync();
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task Sso_logout_url_refuses_an_unregistered_or_missing_redirect(string redirect)
    {
        var response = await Browser.GetAsync($"/login/profile/logout?app_id={OidcBrowser.ClientId}&redirect_uri=" + Uri.EscapeDataString(redirect));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private async Task<JsonObject> SignedInTokensAsync()
    {
        var (code, verifier) = await CodeAsync();
        return await RedeemAsync(code, verifier);
    }

    private async Task AssertSignedOutAsync()
    {
        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "none" }));
        Assert.Equal("login_required", OidcBrowser.RedirectParameters(response)["error"]);
    }

    private async Task AssertInvalidTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/oauth/oidc/me", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
