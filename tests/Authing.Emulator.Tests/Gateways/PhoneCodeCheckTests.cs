using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

/// <summary><c>checkPhoneCode</c>, the query behind the Node SDK's <c>verifyPhoneCode</c>.</summary>
public sealed class PhoneCodeCheckTests : GatewayTest
{
    private const string Phone = "13700002222";

    private const string CheckPhoneCode = """
        query checkPhoneCode($phone: String!, $phoneCode: String!, $userPoolId: String!) {
          checkPhoneCode(phone: $phone, phoneCode: $phoneCode, userPoolId: $userPoolId) { code message status }
        }
        """;

    [Fact]
    public async Task The_sent_code_is_right_and_stays_usable()
    {
        await Client.GetFromJsonAsync<JsonObject>($"/notification/send_register_smscode/{Phone}/{PoolId}");
        var code = await Client.LatestCodeAsync(Phone);

        var check = (await Client.PostGraphQLAsync(CheckPhoneCode, new { phone = Phone, phoneCode = code, userPoolId = PoolId }, await OwnerTokenAsync())).Data("checkPhoneCode");
        var registered = await Client.PostGraphQLAsync(SeedQueries.RegisterByPhone, new { phone = Phone, phoneCode = code, registerInClient = PoolId });

        Assert.Equal(200, (int)check["code"]!);
        Assert.True((bool)check["status"]!);
        Assert.Equal(Phone, (string?)registered.Data("register")["phone"]);
    }

    [Fact]
    public async Task A_wrong_code_is_answered_with_2300_and_status_false()
    {
        await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{PoolId}");

        var check = (await Client.PostGraphQLAsync(CheckPhoneCode, new { phone = Phone, phoneCode = "1", userPoolId = PoolId }, await OwnerTokenAsync())).Data("checkPhoneCode");

        Assert.Equal(2300, (int)check["code"]!);
        Assert.False((bool)check["status"]!);
    }

    [Fact]
    public async Task An_expired_code_is_answered_with_2300()
    {
        await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{PoolId}");
        var code = await Client.LatestCodeAsync(Phone);
        Factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var check = (await Client.PostGraphQLAsync(CheckPhoneCode, new { phone = Phone, phoneCode = code, userPoolId = PoolId }, await OwnerTokenAsync())).Data("checkPhoneCode");

        Assert.Equal(2300, (int)check["code"]!);
    }

    [Fact]
    public async Task Checking_a_code_without_a_token_is_2020()
    {
        var body = await Client.PostGraphQLAsync(CheckPhoneCode, new { phone = Phone, phoneCode = "123456", userPoolId = PoolId });

        Assert.Equal(2020, body.BusinessError().Code);
    }
}
