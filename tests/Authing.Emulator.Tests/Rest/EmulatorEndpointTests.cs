using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Rest;

public sealed class EmulatorEndpointTests : EmulatorTest
{
    [Fact]
    public async Task Status_answers_a_small_health_document()
    {
        var status = await Client.GetFromJsonAsync<JsonObject>("/system/status");

        Assert.Equal(200, (int?)status!["code"]);
        Assert.Equal(1, (int?)status["userPools"]);
    }

    [Fact]
    public async Task Public_key_is_served_as_pem_that_encrypts_passwords_the_emulator_accepts()
    {
        var pem = await Client.GetStringAsync(new Uri("/__emulator/public-key", UriKind.Relative));
        await Users.RegisterAsync(
            new() { PoolId = EmulatorFactory.PoolId, Email = "pem@example.com", Password = PasswordEncryption.Encrypt(pem, "pw-from-pem") },
            null,
            CancellationToken.None);

        var user = await LoginAsync("pem@example.com", "pw-from-pem");

        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem, StringComparison.Ordinal);
        Assert.NotNull(user.Token);
    }

    [Fact]
    public async Task Unknown_verification_link_is_a_400_page()
    {
        var response = await Client.GetAsync(new Uri("/__emulator/verify-email?token=nope", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
