using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

public sealed class OutboxFlowTests : GatewayTest
{
    private const string Phone = "13700001111";

    [Fact]
    public async Task Password_is_reset_with_the_code_from_the_outbox()
    {
        await RegisterOverHttpAsync("liv@example.com", "forgotten");
        (await Client.PostGraphQLAsync(SeedQueries.SendResetPasswordEmail, new { email = "liv@example.com", client = PoolId })).Data("sendResetPasswordEmail");
        var code = await Client.LatestCodeAsync("liv@example.com");

        (await Client.PostGraphQLAsync(SeedQueries.ChangePassword, new { email = "liv@example.com", client = PoolId, password = Encrypt("fresh"), verifyCode = code })).Data("changePassword");

        Assert.NotNull((string?)(await LoginOverHttpAsync("liv@example.com", "fresh")).Data("login")["token"]);
    }

    [Fact]
    public async Task Phone_code_login_uses_the_code_from_the_outbox()
    {
        await Client.GetFromJsonAsync<JsonObject>($"/notification/send_register_smscode/{Phone}/{PoolId}");
        (await Client.PostGraphQLAsync(SeedQueries.RegisterByPhone, new { phone = Phone, phoneCode = await Client.LatestCodeAsync(Phone), registerInClient = PoolId })).Data("register");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{PoolId}");

        var login = await Client.PostGraphQLAsync(SeedQueries.LoginByPhoneCode, new { phone = Phone, phoneCode = int.Parse(await Client.LatestCodeAsync(Phone), System.Globalization.CultureInfo.InvariantCulture), registerInClient = PoolId });

        Assert.NotNull((string?)login.Data("login")["token"]);
    }

    [Fact]
    public async Task Wrong_phone_code_is_2300()
    {
        await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{PoolId}");

        var login = await Client.PostGraphQLAsync(SeedQueries.LoginByPhoneCode, new { phone = Phone, phoneCode = 1, registerInClient = PoolId });

        Assert.Equal(2300, login.BusinessError().Code);
    }
}
