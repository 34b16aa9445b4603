using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.Oidc;

public sealed class TokenEndpointTests : OidcTest
{
    [Fact]
    public async Task Replayed_code_is_refused_and_revokes_the_refresh_token_it_produced()
    {
        var (code, verifier) = await CodeAsync();
        var first = await RedeemAsync(code, verifier);

        var replay = await TokenAsync(CodeGrant(code, verifier));

        await AssertErrorAsync(replay, HttpStatusCode.BadRequest, "invalid_grant");
        await AssertErrorAsync(await TokenAsync(RefreshGrant((string)first["refresh_token"]!)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Wrong_pkce_verifier_is_invalid_grant()
    {
        var (code, _) = await CodeAsync();

        await AssertErrorAsync(await TokenAsync(CodeGrant(code, OidcBrowser.Pkce().Verifier)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Missing_pkce_verifier_is_invalid_grant()
    {
        var (code, _) = await CodeAsync();

        await AssertErrorAsync(await TokenAsync(CodeGrant(code, null)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Wrong_redirect_uri_is_invalid_grant()
    {
        var (code, verifier) = await CodeAsync();
        var values = CodeGrant(code, verifier);
        values["redirect_uri"] = "http://127.0.0.1:5123/other";

        await AssertErrorAsync(await TokenAsync(values), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Expired_code_is_invalid_grant()
    {
        var (code, verifier) = await CodeAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(61));

        await AssertErrorAsync(await TokenAsync(CodeGrant(code, verifier)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Bad_client_secret_is_401_invalid_client()
    {
        var (code, verifier) = await CodeAsync();
        var values = CodeGrant(code, verifier);
        values["client_id"] = OidcBrowser.ClientId;
        values["client_secret"] = "not-the-secret";

        var response = await TokenAsync(values);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Unknown_client_is_401_invalid_client()
    {
        var values = CodeGrant("whatever", null);
        values["client_id"] = "000000000000000000000000";
        values["client_secret"] = "x";

        await AssertErrorAsync(await TokenAsync(values), HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Missing_client_credentials_are_401_invalid_client()
    {
        await AssertErrorAsync(await TokenAsync(CodeGrant("whatever", null), authenticate: false), HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Client_secret_basic_authenticates_the_client()
    {
        var (code, verifier) = await CodeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/oauth/oidc/token", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(CodeGrant(code, verifier).ToDictionary(pair => pair.Key, pair => pair.Value!)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{OidcBrowser.ClientId}:{OidcBrowser.ClientSecret}")));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Unknown_code_is_invalid_grant()
    {
        await AssertErrorAsync(await TokenAsync(CodeGrant("not-a-code", null)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Unsupported_grant_type_and_missing_grant_type_are_refused()
    {
        await AssertErrorAsync(await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "client_credentials" }), HttpStatusCode.BadRequest, "unsupported_grant_type");
        await AssertErrorAsync(await TokenAsync(new Dictionary<string, string?>()), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Json_body_is_invalid_request()
    {
        var response = await Client.PostAsJsonAsync(new Uri("/oauth/oidc/token", UriKind.Relative), new { grant_type = "password" });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Unreadable_form_body_is_invalid_request()
    {
        using var content = new StringContent("x", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");

        var response = await Client.PostAsync(new Uri("/oauth/oidc/token", UriKind.Relative), content);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_refuses_the_old_one()
    {
        var (code, verifier) = await CodeAsync();
        var first = await RedeemAsync(code, verifier);
        var oldRefresh = (string)first["refresh_token"]!;

        var refreshed = await TokenAsync(RefreshGrant(oldRefresh));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;
        var newRefresh = (string)body["refresh_token"]!;

        Assert.NotEqual(oldRefresh, newRefresh);
        await ValidateAsync((string)body["id_token"]!);
        await AssertErrorAsync(await TokenAsync(RefreshGrant(oldRefresh)), HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(RefreshGrant(newRefresh))).StatusCode);
    }

    [Fact]
    public async Task Expired_refresh_token_is_invalid_grant()
    {
        var (code, verifier) = await CodeAsync();
        var first = await RedeemAsync(code, verifier);
        Factory.Clock.Advance(TimeSpan.FromDays(31));

        await AssertErrorAsync(await TokenAsync(RefreshGrant((string)first["refresh_token"]!)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Refresh_cannot_widen_the_scope()
    {
        var (code, verifier) = await CodeAsync(new Dictionary<string, string?> { ["scope"] = "openid email offline_access" });
        var first = await RedeemAsync(code, verifier);
        var values = RefreshGrant((string)first["refresh_token"]!);
        values["scope"] = "openid email phone";

        await AssertErrorAsync(await TokenAsync(values), HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task Code_flow_without_offline_access_issues_no_refresh_token()
    {
        var (code, verifier) = await CodeAsync(new Dictionary<string, string?> { ["scope"] = "openid email" });

        var tokens = await RedeemAsync(code, verifier);

        Assert.Null(tokens["refresh_token"]);
        var idToken = await ValidateAsync((string)tokens["id_token"]!);
        Assert.False(idToken.TryGetClaim("username", out _));
        Assert.Equal(Email, idToken.GetClaim("email").Value);
    }

    [Fact]
    public async Task Password_grant_answers_tokens_with_authings_default_scope()
    {
        await RegisterAsync(Email, Password);

        var response = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "password", ["email"] = Email, ["password"] = Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("openid profile email phone", (string?)body["scope"]);
        var idToken = await ValidateAsync((string)body["id_token"]!);
        Assert.Equal(Email, idToken.GetClaim("email").Value);
        Assert.Null(body["refresh_token"]);
    }

    [Fact]
    public async Task Password_grant_with_offline_access_can_refresh()
    {
        await RegisterAsync(Email, Password);

        var response = await TokenAsync(new Dictionary<string, string?>
        {
            ["grant_type"] = "password",
            ["email"] = Email,
            ["password"] = Password,
            ["scope"] = "openid profile offline_access",
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(RefreshGrant((string)body["refresh_token"]!))).StatusCode);
    }

    [Fact]
    public async Task Password_grant_with_a_wrong_password_is_invalid_grant()
    {
        await RegisterAsync(Email, Password);

        var response = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "password", ["email"] = Email, ["password"] = "wrong" });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Password_grant_by_unionid_needs_no_password_but_other_identifiers_do()
    {
        var user = await Users.RegisterAsync(new() { PoolId = Infrastructure.EmulatorFactory.PoolId, Unionid = "github|42" }, null, CancellationToken.None);

        var byUnionid = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "password", ["unionid"] = "github|42" });
        var byEmail = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "password", ["email"] = Email });

        Assert.Equal(HttpStatusCode.OK, byUnionid.StatusCode);
        Assert.Equal(user.Id, (await ValidateAsync((string)(await byUnionid.Content.ReadFromJsonAsync<JsonObject>())!["id_token"]!)).Subject);
        await AssertErrorAsync(byEmail, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Password_grant_with_two_identifiers_is_invalid_request()
    {
        await RegisterAsync(Email, Password);

        var response = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "password", ["email"] = Email, ["username"] = Email, ["password"] = Password });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task AuthingToken_grant_exchanges_a_user_token_for_oidc_tokens()
    {
        await RegisterAsync(Email, Password);
        var user = await LoginAsync(Email, Password);

        var response = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "authingToken", ["authingToken"] = user.Token });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("openid profile email phone offline_access", (string?)body["scope"]);
        Assert.Equal(user.Id, (await ValidateAsync((string)body["id_token"]!)).Subject);
        Assert.False(string.IsNullOrEmpty((string?)body["refresh_token"]));
    }

    [Fact]
    public async Task AuthingToken_grant_refuses_an_invalid_user_token()
    {
        await AssertErrorAsync(
            await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "authingToken", ["authingToken"] = "a.b.c" }),
            HttpStatusCode.BadRequest,
            "invalid_grant");
    }

    private static Dictionary<string, string?> CodeGrant(string code, string? verifier) => new()
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = OidcBrowser.RedirectUri,
        ["code_verifier"] = verifier,
    };

    private static Dictionary<string, string?> RefreshGrant(string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
    };
}
