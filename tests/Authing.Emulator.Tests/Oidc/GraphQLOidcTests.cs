using System.Net;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Gateways;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Oidc;

public sealed class GraphQLOidcTests : OidcTest
{
    private const string SignIn = """
        mutation SignIn($oidcAppId: String, $email: String, $userPoolId: String, $phone: String, $username: String, $unionid: String, $password: String) {
          signIn(oidcAppId: $oidcAppId, userPoolId: $userPoolId, email: $email, phone: $phone, password: $password, username: $username, unionid: $unionid) {
            sub _id username email email_verified phone_number register_in_userpool logins_count token access_token id_token refresh_token expires_in token_type scope
          }
        }
        """;

    private const string RefreshSignInToken = """
        mutation RefreshSignInToken($oidcAppId: String, $userPoolId: String, $refreshToken: String!) {
          refreshSignInToken(oidcAppId: $oidcAppId, userPoolId: $userPoolId, refreshToken: $refreshToken) {
            id_token access_token refresh_token scope expires_in
          }
        }
        """;

    private const string GetUserAuthorizedApps = """
        query GetUserAuthorizedApps($clientId: String, $userId: String, $page: Int, $count: Int) {
          GetUserAuthorizedApps(clientId: $clientId, userId: $userId, page: $page, count: $count) {
            OAuthApps { _id name }
            OIDCApps { _id name client_id when isDeleted response_types grant_types token_endpoint_auth_method access_token_expire }
            totalCount
          }
        }
        """;

    private const string RevokeUserAuthorizedApp = """
        mutation RevokeUserAuthorizedApp($userPoolId: String, $userId: String, $appId: String) {
          RevokeUserAuthorizedApp(userPoolId: $userPoolId, userId: $userId, appId: $appId) { isRevoked _id scope }
        }
        """;

    [Fact]
    public async Task SignIn_answers_the_user_a_user_token_and_oidc_tokens()
    {
        var registered = await RegisterAsync(Email, Password);

        var result = (await Client.PostGraphQLAsync(SignIn, new { oidcAppId = OidcBrowser.ClientId, email = Email, password = Password })).Data("signIn");

        Assert.Equal(registered.Id, (string?)result["sub"]);
        Assert.Equal(registered.Id, (string?)result["_id"]);
        Assert.Equal(EmulatorFactory.PoolId, (string?)result["register_in_userpool"]);
        Assert.Equal(1, (int)result["logins_count"]!);
        Assert.Equal("Bearer", (string?)result["token_type"]);
        Assert.Equal(3600, (int)result["expires_in"]!);
        Assert.Equal(registered.Id, (await ValidateAsync((string)result["id_token"]!)).Subject);
        var check = await Users.LoginAsync(new() { PoolId = EmulatorFactory.PoolId, Email = Email, Password = Encrypt(Password) }, null, CancellationToken.None);
        Assert.NotEqual(check.Token, (string?)result["token"]);
        Assert.False(string.IsNullOrEmpty((string?)result["token"]));
        Assert.False(string.IsNullOrEmpty((string?)result["refresh_token"]));
    }

    [Fact]
    public async Task SignIn_without_an_app_id_uses_the_pools_app()
    {
        await RegisterAsync(Email, Password);

        var result = (await Client.PostGraphQLAsync(SignIn, new { userPoolId = EmulatorFactory.PoolId, email = Email, password = Password })).Data("signIn");

        Assert.Equal(OidcBrowser.ClientId, (await ValidateAsync((string)result["id_token"]!)).Audiences.Single());
    }

    [Fact]
    public async Task SignIn_with_a_wrong_password_is_business_error_2006()
    {
        await RegisterAsync(Email, Password);

        var body = await Client.PostGraphQLAsync(SignIn, new { oidcAppId = OidcBrowser.ClientId, email = Email, password = "wrong" });

        Assert.Equal(2006, body.BusinessError().Code);
    }

    [Fact]
    public async Task RefreshSignInToken_rotates_and_refuses_the_old_refresh_token()
    {
        await RegisterAsync(Email, Password);
        var signedIn = (await Client.PostGraphQLAsync(SignIn, new { oidcAppId = OidcBrowser.ClientId, email = Email, password = Password })).Data("signIn");
        var oldRefresh = (string)signedIn["refresh_token"]!;

        var refreshed = (await Client.PostGraphQLAsync(RefreshSignInToken, new { oidcAppId = OidcBrowser.ClientId, refreshToken = oldRefresh })).Data("refreshSignInToken");
        var again = await Client.PostGraphQLAsync(RefreshSignInToken, new { oidcAppId = OidcBrowser.ClientId, refreshToken = oldRefresh });

        Assert.NotEqual(oldRefresh, (string?)refreshed["refresh_token"]);
        await ValidateAsync((string)refreshed["id_token"]!);
        Assert.Equal(500, again.BusinessError().Code);
    }

    [Fact]
    public async Task Authorized_apps_list_the_app_the_user_consented_to()
    {
        await CodeAsync();
        var user = await LoginAsync(Email, Password);

        var apps = (await Client.PostGraphQLAsync(GetUserAuthorizedApps, new { clientId = EmulatorFactory.PoolId, userId = user.Id }, user.Token)).Data("GetUserAuthorizedApps");

        Assert.Equal(1, (int)apps["totalCount"]!);
        Assert.Empty(apps["OAuthApps"]!.AsArray());
        var app = Assert.Single(apps["OIDCApps"]!.AsArray())!;
        Assert.Equal(OidcBrowser.ClientId, (string?)app["client_id"]);
        Assert.Equal("3600", (string?)app["access_token_expire"]);
        Assert.Equal(Authing.Emulator.Formats.JsDate.Format(Factory.Clock.GetUtcNow()), (string?)app["when"]);
    }

    [Fact]
    public async Task Revoking_an_app_asks_for_consent_again_and_stops_its_refresh_tokens()
    {
        var (code, verifier) = await CodeAsync();
        var tokens = await RedeemAsync(code, verifier);
        var userId = (await ValidateAsync((string)tokens["id_token"]!)).Subject;
        var owner = await Client.OwnerTokenAsync();

        var revoked = (await Client.PostGraphQLAsync(RevokeUserAuthorizedApp, new { userPoolId = EmulatorFactory.PoolId, userId, appId = OidcBrowser.ClientId }, owner)).Data("RevokeUserAuthorizedApp");

        Assert.Equal("true", (string?)revoked["isRevoked"]);
        Assert.Equal("openid profile email phone offline_access", (string?)revoked["scope"]);
        var refresh = await TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["refresh_token"] = (string)tokens["refresh_token"]! });
        await AssertErrorAsync(refresh, HttpStatusCode.BadRequest, "invalid_grant");
        var next = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(null));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("/oauth/oidc/auth/consent", (await Browser.PageAsync(next)).Forms.Single().GetAttribute("action"));
        var apps = (await Client.PostGraphQLAsync(GetUserAuthorizedApps, new { clientId = EmulatorFactory.PoolId, userId }, owner)).Data("GetUserAuthorizedApps");
        Assert.Equal(0, (int)apps["totalCount"]!);
    }

    [Fact]
    public async Task A_user_token_cannot_revoke_another_users_app()
    {
        await CodeAsync();
        var alice = await LoginAsync(Email, Password);
        await RegisterAsync("mallory@example.com", Password);
        var mallory = await LoginAsync("mallory@example.com", Password);

        var body = await Client.PostGraphQLAsync(RevokeUserAuthorizedApp, new { userPoolId = EmulatorFactory.PoolId, userId = alice.Id, appId = OidcBrowser.ClientId }, mallory.Token);

        Assert.Equal(500, body.BusinessError().Code);
        var apps = (await Client.PostGraphQLAsync(GetUserAuthorizedApps, new { clientId = EmulatorFactory.PoolId, userId = alice.Id }, alice.Token)).Data("GetUserAuthorizedApps");
        Assert.Equal(1, (int)apps["totalCount"]!);
    }
}
