using System.Net;
using AngleSharp.Html.Dom;

namespace Authing.Emulator.Tests.Oidc;

public sealed class AuthorizationCodeFlowTests : OidcTest
{
    [Fact]
    public async Task Code_flow_with_pkce_returns_tokens_that_validate_against_the_jwks()
    {
        var (code, verifier) = await CodeAsync();

        var tokens = await RedeemAsync(code, verifier);

        var idToken = await ValidateAsync((string)tokens["id_token"]!);
        var accessToken = await ValidateAsync((string)tokens["access_token"]!);
        var user = await Users.LoginAsync(new() { PoolId = Infrastructure.EmulatorFactory.PoolId, Email = Email, Password = Encrypt(Password) }, null, CancellationToken.None);
        Assert.Equal(user.Id, idToken.Subject);
        Assert.Equal("nonce-456", idToken.GetClaim("nonce").Value);
        Assert.Equal(Email, idToken.GetClaim("email").Value);
        Assert.Equal("false", idToken.GetClaim("email_verified").Value);
        Assert.Equal(Email, idToken.GetClaim("username").Value);
        Assert.Equal(Authing.Emulator.Oidc.OidcTokens.AtHash((string)tokens["access_token"]!), idToken.GetClaim("at_hash").Value);
        Assert.Equal(idToken.Kid, accessToken.Kid);
        Assert.Equal("openid profile email phone offline_access", accessToken.GetClaim("scope").Value);
        Assert.Equal(3600, (long)tokens["expires_in"]!);
        Assert.Equal("Bearer", (string?)tokens["token_type"]);
        Assert.False(string.IsNullOrEmpty((string?)tokens["refresh_token"]));
    }

    [Fact]
    public async Task Redirect_carries_state_and_issuer_back_to_the_client()
    {
        await RegisterAsync(Email, Password);

        var redirect = await Browser.AuthorizeAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge), Email, Password);

        Assert.StartsWith(OidcBrowser.RedirectUri + "?", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
        var parameters = OidcBrowser.RedirectParameters(redirect);
        Assert.Equal("state-123", parameters["state"]);
        Assert.Equal(Issuer, parameters["iss"]);
    }

    [Fact]
    public async Task Second_authorization_skips_login_and_consent()
    {
        await CodeAsync();

        var again = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True(OidcBrowser.RedirectParameters(again).ContainsKey("code"));
    }

    [Fact]
    public async Task Login_page_posts_identifier_password_and_an_antiforgery_token()
    {
        var page = await Browser.PageAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)));

        var form = Assert.Single(page.Forms);
        Assert.Equal("post", form.Method);
        Assert.Equal("/oauth/oidc/auth/login", form.GetAttribute("action"));
        Assert.NotNull(form.Elements.OfType<IHtmlInputElement>().SingleOrDefault(input => input.Name == "identifier"));
        Assert.Equal("password", form.Elements.OfType<IHtmlInputElement>().Single(input => input.Name == "password").Type);
        Assert.Contains(form.Elements.OfType<IHtmlInputElement>(), input => input.Type == "hidden" && input.Name == "__RequestVerificationToken" && input.Value.Length > 0);
    }

    [Fact]
    public async Task Login_accepts_a_username_or_phone_as_identifier()
    {
        await Users.RegisterAsync(new() { PoolId = Infrastructure.EmulatorFactory.PoolId, Username = "bob", Password = Encrypt(Password) }, null, CancellationToken.None);

        var consent = await Browser.LoginAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)), "bob", Password);

        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Contains("decision", await consent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_login_puts_the_phone_claims_in_the_id_token()
    {
        await Users.RegisterAsync(new() { PoolId = Infrastructure.EmulatorFactory.PoolId, Username = "carol", Phone = "13800138000", Password = Encrypt(Password) }, null, CancellationToken.None);
        var (verifier, challenge) = OidcBrowser.Pkce();

        var redirect = await Browser.AuthorizeAsync(OidcBrowser.AuthorizeUrl(challenge), "13800138000", Password);
        var tokens = await RedeemAsync(OidcBrowser.RedirectParameters(redirect)["code"], verifier);

        var idToken = await ValidateAsync((string)tokens["id_token"]!);
        Assert.Equal("13800138000", idToken.GetClaim("phone_number").Value);
        Assert.Equal("false", idToken.GetClaim("phone_number_verified").Value);
        Assert.False(idToken.TryGetClaim("email", out _));
    }

    [Fact]
    public async Task Authorization_request_may_be_posted_as_a_form()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = OidcBrowser.ClientId,
            ["redirect_uri"] = OidcBrowser.RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid",
        });

        var response = await Browser.Client.PostAsync(new Uri("/oauth/oidc/auth", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/oauth/oidc/auth/login", (await Browser.PageAsync(response)).Forms.Single().GetAttribute("action"));
    }

    [Fact]
    public async Task Wrong_password_shows_the_login_page_again_with_400()
    {
        await RegisterAsync(Email, Password);

        var response = await Browser.LoginAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)), Email, "wrong");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.PageAsync(response);
        Assert.Equal("/oauth/oidc/auth/login", page.Forms.Single().GetAttribute("action"));
        Assert.DoesNotContain("wrong", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_refused()
    {
        await RegisterAsync(Email, Password);
        await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["identifier"] = Email,
            ["password"] = Password,
            ["request"] = OidcBrowser.AuthorizeUrl(null).Split('?')[1],
        });
        var response = await Browser.Client.PostAsync(new Uri("/oauth/oidc/auth/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Unknown_client_is_an_error_page_never_a_redirect()
    {
        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["client_id"] = "000000000000000000000000" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("https://evil.example/callback")]
    [InlineData("http://192.168.1.5:5123/signin-oidc")]
    [InlineData("")]
    public async Task Unregistered_redirect_uri_is_an_error_page_never_a_redirect(string redirectUri)
    {
        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["redirect_uri"] = redirectUri }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("response_type", "token", "unsupported_response_type")]
    [InlineData("scope", "profile email", "invalid_scope")]
    [InlineData("code_challenge_method", "plain", "invalid_request")]
    [InlineData("prompt", "none login", "invalid_request")]
    public async Task Invalid_requests_go_back_to_the_client_with_an_error(string parameter, string value, string error)
    {
        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge, new Dictionary<string, string?> { [parameter] = value }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var parameters = OidcBrowser.RedirectParameters(response);
        Assert.Equal(error, parameters["error"]);
        Assert.Equal("state-123", parameters["state"]);
    }

    [Fact]
    public async Task Prompt_none_without_a_session_answers_login_required()
    {
        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "none" }));

        Assert.Equal("login_required", OidcBrowser.RedirectParameters(response)["error"]);
    }

    [Fact]
    public async Task Prompt_none_without_consent_answers_consent_required()
    {
        await RegisterAsync(Email, Password);
        var consentPage = await Browser.LoginAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)), Email, Password);
        Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);

        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "none" }));

        Assert.Equal("consent_required", OidcBrowser.RedirectParameters(response)["error"]);
    }

    [Fact]
    public async Task Prompt_login_asks_for_the_password_again_then_issues_a_code()
    {
        await CodeAsync();

        var loginPage = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "login" }));
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        var redirect = await Browser.LoginAsync(loginPage, Email, Password);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.True(OidcBrowser.RedirectParameters(redirect).ContainsKey("code"));
    }

    [Fact]
    public async Task Prompt_consent_asks_again_even_after_consent()
    {
        await CodeAsync();

        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "consent" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/oauth/oidc/auth/consent", (await Browser.PageAsync(response)).Forms.Single().GetAttribute("action"));
    }

    [Fact]
    public async Task Denying_consent_answers_access_denied()
    {
        await RegisterAsync(Email, Password);
        var consentPage = await Browser.LoginAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)), Email, Password);

        var response = await Browser.ConsentAsync(consentPage, allow: false);

        var parameters = OidcBrowser.RedirectParameters(response);
        Assert.Equal("access_denied", parameters["error"]);
        Assert.Equal("state-123", parameters["state"]);
    }

    [Fact]
    public async Task Session_cookie_is_http_only_and_same_site_lax()
    {
        await RegisterAsync(Email, Password);

        var consentPage = await Browser.LoginAsync(await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null)), Email, Password);

        var cookie = consentPage.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("authing_emulator_oidc_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_session_whose_user_was_deleted_asks_for_login_again()
    {
        await CodeAsync();
        var user = await LoginAsync(Email, Password);
        await Users.RemoveAsync(Pool, [user.Id], CancellationToken.None);

        var response = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null, new Dictionary<string, string?> { ["prompt"] = "none" }));

        Assert.Equal("login_required", OidcBrowser.RedirectParameters(response)["error"]);
    }
}
