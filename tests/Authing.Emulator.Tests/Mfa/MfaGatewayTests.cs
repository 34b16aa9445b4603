using System.Text.Json.Nodes;
using Authing.Emulator.Formats;
using Authing.Emulator.Tests.Gateways;
using Authing.Internal;
using Authing.Tests.Shared;

namespace Authing.Emulator.Tests.Mfa;

public sealed class MfaGatewayTests : GatewayTest
{
    private const string QueryMfa = """
        query queryMFA($_id: String, $userId: String, $userPoolId: String) {
          queryMFA(_id: $_id, userId: $userId, userPoolId: $userPoolId) { _id userId userPoolId enable shareKey }
        }
        """;

    private const string ChangeMfa = """
        mutation changeMFA($_id: String, $userId: String, $userPoolId: String, $enable: Boolean!, $refreshKey: Boolean) {
          changeMFA(_id: $_id, userId: $userId, userPoolId: $userPoolId, enable: $enable, refreshKey: $refreshKey) { _id userId userPoolId shareKey enable }
        }
        """;

    [Fact]
    public async Task QueryMFA_gives_a_user_a_record_that_is_off_with_a_base32_secret()
    {
        var (id, token) = await SignedUpUserAsync("amy@example.com");

        var first = (await Client.PostGraphQLAsync(QueryMfa, new { userId = id, userPoolId = PoolId }, token)).Data("queryMFA");
        var second = (await Client.PostGraphQLAsync(QueryMfa, new { userId = id, userPoolId = PoolId }, token)).Data("queryMFA");

        Assert.True(ObjectId.IsValid((string?)first["_id"]));
        Assert.Equal((id, PoolId, false), ((string)first["userId"]!, (string)first["userPoolId"]!, (bool)first["enable"]!));
        Assert.Equal(20, Base32.TryDecode((string?)first["shareKey"])!.Length);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task QueryMFA_by_id_with_the_OwnerToken_finds_the_same_record()
    {
        var (id, token) = await SignedUpUserAsync("ben@example.com");
        var mine = (await Client.PostGraphQLAsync(QueryMfa, new { userId = id, userPoolId = PoolId }, token)).Data("queryMFA");

        var byId = (await Client.PostGraphQLAsync(QueryMfa, new { _id = (string)mine["_id"]! }, await OwnerTokenAsync())).Data("queryMFA");

        Assert.Equal(mine.ToJsonString(), byId.ToJsonString());
    }

    [Fact]
    public async Task QueryMFA_of_another_user_with_a_UserToken_is_refused()
    {
        var (other, _) = await SignedUpUserAsync("cat@example.com");
        var (_, token) = await SignedUpUserAsync("dan@example.com");

        var body = await Client.PostGraphQLAsync(QueryMfa, new { userId = other, userPoolId = PoolId }, token);

        Assert.Equal((500, "没有权限操作其他用户的数据"), body.BusinessError());
    }

    [Fact]
    public async Task QueryMFA_without_a_token_answers_2020()
    {
        var (id, _) = await SignedUpUserAsync("eli@example.com");

        var body = await Client.PostGraphQLAsync(QueryMfa, new { userId = id, userPoolId = PoolId });

        Assert.Equal(2020, body.BusinessError().Code);
    }

    [Fact]
    public async Task ChangeMFA_needs_the_users_own_UserToken()
    {
        var (id, _) = await SignedUpUserAsync("flo@example.com");

        var body = await Client.PostGraphQLAsync(ChangeMfa, new { userId = id, userPoolId = PoolId, enable = true }, await OwnerTokenAsync());

        Assert.Equal((500, "此操作需要用户 Token（UserToken）"), body.BusinessError());
    }

    [Fact]
    public async Task ChangeMFA_turns_mfa_on_and_refreshKey_replaces_the_secret()
    {
        var (id, token) = await SignedUpUserAsync("gus@example.com");
        var before = (await Client.PostGraphQLAsync(QueryMfa, new { userId = id, userPoolId = PoolId }, token)).Data("queryMFA");

        var enabled = (await Client.PostGraphQLAsync(ChangeMfa, new { _id = (string)before["_id"]!, enable = true }, token)).Data("changeMFA");
        var refreshed = (await Client.PostGraphQLAsync(ChangeMfa, new { userId = id, userPoolId = PoolId, enable = true, refreshKey = true }, token)).Data("changeMFA");

        Assert.True((bool)enabled["enable"]!);
        Assert.Equal((string?)before["shareKey"], (string?)enabled["shareKey"]);
        Assert.NotEqual((string?)before["shareKey"], (string?)refreshed["shareKey"]);
        Assert.Equal((string?)before["_id"], (string?)refreshed["_id"]);
    }

    [Fact]
    public async Task Login_with_mfa_on_needs_the_code_refuses_a_wrong_one_and_accepts_the_right_one()
    {
        var secret = await UserWithMfaAsync("hal@example.com");

        var missing = await LoginWithCodeAsync("hal@example.com", null);
        var wrong = await LoginWithCodeAsync("hal@example.com", WrongCode(secret));
        var right = (await LoginWithCodeAsync("hal@example.com", CurrentCode(secret))).Data("login");

        Assert.Equal((1635, "请输入 MFA 验证码"), missing.BusinessError());
        Assert.Equal((2001, "MFA 验证码错误"), wrong.BusinessError());
        Assert.False(string.IsNullOrEmpty((string?)right["token"]));
    }

    [Fact]
    public async Task An_mfa_code_logs_in_once_and_the_next_steps_code_works()
    {
        var secret = await UserWithMfaAsync("ivy@example.com");
        var code = CurrentCode(secret);
        (await LoginWithCodeAsync("ivy@example.com", code)).Data("login");

        var replay = await LoginWithCodeAsync("ivy@example.com", code);
        Factory.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var next = await LoginWithCodeAsync("ivy@example.com", CurrentCode(secret));

        Assert.Equal(2001, replay.BusinessError().Code);
        Assert.False(string.IsNullOrEmpty((string?)next.Data("login")["token"]));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_before_the_mfa_code_is_asked_for()
    {
        await UserWithMfaAsync("jay@example.com");

        var body = await Client.PostGraphQLAsync(SeedQueries.LoginWithMfa, new { email = "jay@example.com", password = Encrypt("wrong"), registerInClient = PoolId });

        Assert.Equal(2006, body.BusinessError().Code);
    }

    [Fact]
    public async Task Turning_mfa_off_lets_the_password_alone_log_in()
    {
        var (id, token) = await SignedUpUserAsync("kim@example.com");
        (await Client.PostGraphQLAsync(ChangeMfa, new { userId = id, userPoolId = PoolId, enable = true }, token)).Data("changeMFA");
        (await Client.PostGraphQLAsync(ChangeMfa, new { userId = id, userPoolId = PoolId, enable = false }, token)).Data("changeMFA");

        var body = await LoginWithCodeAsync("kim@example.com", null);

        Assert.False(string.IsNullOrEmpty((string?)body.Data("login")["token"]));
    }

    [Fact]
    public async Task Login_of_a_user_without_mfa_ignores_an_mfa_code()
    {
        await RegisterOverHttpAsync("lea@example.com");

        var body = await LoginWithCodeAsync("lea@example.com", "123456");

        Assert.False(string.IsNullOrEmpty((string?)body.Data("login")["token"]));
    }

    private async Task<byte[]> UserWithMfaAsync(string email)
    {
        var (id, token) = await SignedUpUserAsync(email);
        var settings = (await Client.PostGraphQLAsync(ChangeMfa, new { userId = id, userPoolId = PoolId, enable = true }, token)).Data("changeMFA");
        return Base32.TryDecode((string?)settings["shareKey"])!;
    }

    private Task<JsonObject> LoginWithCodeAsync(string email, string? code)
        => Client.PostGraphQLAsync(SeedQueries.LoginWithMfa, new { email, password = Encrypt("p@ssw0rd"), registerInClient = PoolId, MFACode = code });

    private string CurrentCode(byte[] secret) => MfaCodes.Current(secret, Factory.Clock.GetUtcNow());

    private string WrongCode(byte[] secret) => MfaCodes.Wrong(secret, Factory.Clock.GetUtcNow());
}
