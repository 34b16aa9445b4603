using Authing.Emulator.Formats;

namespace Authing.Emulator.Tests.Gateways;

public sealed class AuthenticationTests : GatewayTest
{
    [Fact]
    public async Task Register_then_login_then_checkLoginStatus_answers_200()
    {
        var registered = (await RegisterOverHttpAsync("amy@example.com")).Data("register");
        var login = (await LoginOverHttpAsync("amy@example.com")).Data("login");

        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: (string)login["token"]!)).Data("checkLoginStatus");

        Assert.Equal((string?)registered["_id"], (string?)login["_id"]);
        Assert.Null((string?)registered["password"]);
        Assert.Equal((true, 200, "已登录"), ((bool)status["status"]!, (int)status["code"]!, (string)status["message"]!));
    }

    [Fact]
    public async Task CheckLoginStatus_reads_the_token_argument_and_returns_its_claims()
    {
        var (id, token) = await SignedUpUserAsync("ben@example.com");

        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatusWithToken, new { token })).Data("checkLoginStatus");

        Assert.Equal(id, (string?)status["token"]!["data"]!["id"]);
        Assert.Equal(PoolId, (string?)status["token"]!["data"]!["clientId"]);
        Assert.Equal(15 * 24 * 3600, (long)status["token"]!["exp"]! - (long)status["token"]!["iat"]!);
    }

    [Fact]
    public async Task CheckLoginStatus_without_a_token_answers_2020_as_data()
    {
        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus)).Data("checkLoginStatus");

        Assert.Equal((false, 2020, "未登录"), ((bool)status["status"]!, (int)status["code"]!, (string)status["message"]!));
    }

    [Fact]
    public async Task Expired_token_answers_2206()
    {
        var (_, token) = await SignedUpUserAsync("cat@example.com");
        Factory.Clock.Advance(TimeSpan.FromDays(16));

        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: token)).Data("checkLoginStatus");

        Assert.Equal((2206, "登录信息已过期"), ((int)status["code"]!, (string)status["message"]!));
    }

    [Fact]
    public async Task Tampered_token_answers_2207()
    {
        var (_, token) = await SignedUpUserAsync("dan@example.com");
        var tampered = token[..^3] + (token[^3] == 'x' ? "y" : "x") + token[^2..];

        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: tampered)).Data("checkLoginStatus");

        Assert.Equal((2207, "登录信息有误"), ((int)status["code"]!, (string)status["message"]!));
    }

    [Fact]
    public async Task Duplicate_registration_is_business_error_2026()
    {
        await RegisterOverHttpAsync("eli@example.com");

        var body = await RegisterOverHttpAsync("eli@example.com");

        Assert.Equal((2026, "用户已存在，请不要重复注册"), body.BusinessError());
    }

    [Fact]
    public async Task Logout_with_tokenExpiredAt_zero_rejects_the_earlier_token()
    {
        var (id, token) = await SignedUpUserAsync("flo@example.com");
        var owner = await OwnerTokenAsync();

        (await Client.PostGraphQLAsync(SeedQueries.UpdateUser, new { _id = id, registerInClient = PoolId, tokenExpiredAt = "0" }, owner)).Data("updateUser");
        var status = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: token)).Data("checkLoginStatus");
        var again = (await LoginOverHttpAsync("flo@example.com")).Data("login");
        var newStatus = (await Client.PostGraphQLAsync(SeedQueries.CheckLoginStatus, token: (string)again["token"]!)).Data("checkLoginStatus");

        Assert.Equal(2206, (int)status["code"]!);
        Assert.Equal(200, (int)newStatus["code"]!);
    }

    [Fact]
    public async Task Password_change_without_the_old_password_is_refused()
    {
        var (id, token) = await SignedUpUserAsync("gil@example.com");

        var body = await Client.PostGraphQLAsync(SeedQueries.UpdateUser, new { _id = id, registerInClient = PoolId, password = Encrypt("new-pass") }, token);

        Assert.Equal(500, body.BusinessError().Code);
        Assert.Contains("oldPassword", body.BusinessError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_change_with_a_wrong_old_password_is_2006()
    {
        var (id, token) = await SignedUpUserAsync("hana@example.com");

        var body = await Client.PostGraphQLAsync(SeedQueries.UpdateUser, new { _id = id, registerInClient = PoolId, password = Encrypt("new-pass"), oldPassword = Encrypt("wrong") }, token);

        Assert.Equal(2006, body.BusinessError().Code);
    }

    [Fact]
    public async Task Login_updates_count_last_login_ip_and_history_including_failures()
    {
        var (id, _) = await SignedUpUserAsync("ida@example.com");
        await LoginOverHttpAsync("ida@example.com", "wrong");
        var owner = await OwnerTokenAsync();

        var user = (await Client.PostGraphQLAsync(SeedQueries.User, new { id, registerInClient = PoolId }, owner)).Data("user");

        Assert.Equal(1, (int)user["loginsCount"]!);
        Assert.Equal(JsDate.Format(Factory.Clock.GetUtcNow()), (string?)user["lastLogin"]);
        Assert.Matches(@"^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0800 \(CST\)$", (string?)user["signedUp"]);
        Assert.Equal(2, (int)user["userLoginHistory"]!["totalCount"]!);
        Assert.Equal([false, true], user["userLoginHistory"]!["list"]!.AsArray().Select(entry => (bool)entry!["success"]!));
    }
}
