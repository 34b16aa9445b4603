using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Verification;

namespace Authing.Emulator.Tests.Rest;

public sealed class SmsAndOutboxTests : EmulatorTest
{
    private const string Phone = "13800138000";

    [Fact]
    public async Task Sms_code_is_sent_and_lands_in_the_outbox()
    {
        var answer = await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{EmulatorFactory.PoolId}");
        var outbox = await Client.GetFromJsonAsync<JsonArray>($"/__emulator/outbox?to={Phone}");

        Assert.Equal("""{"code":200,"message":"发送成功"}""", answer!.ToJsonString(Json.Options));
        var message = Assert.Single(outbox!)!;
        Assert.Equal("Sms", (string?)message["kind"]);
        Assert.Matches("^[0-9]{6}$", (string?)message["code"]);
    }

    [Fact]
    public async Task Repeated_sms_while_the_code_is_valid_answers_500()
    {
        await Client.GetAsync(new Uri($"/send_smscode/{Phone}/{EmulatorFactory.PoolId}", UriKind.Relative));

        var answer = await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{EmulatorFactory.PoolId}");

        Assert.Equal("""{"code":500,"message":"已发送验证码，还未失效"}""", answer!.ToJsonString(Json.Options));
    }

    [Fact]
    public async Task Sms_can_be_sent_again_once_the_code_expired()
    {
        await Client.GetAsync(new Uri($"/send_smscode/{Phone}/{EmulatorFactory.PoolId}", UriKind.Relative));
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var answer = await Client.GetFromJsonAsync<JsonObject>($"/send_smscode/{Phone}/{EmulatorFactory.PoolId}");

        Assert.Equal(200, (int?)answer!["code"]);
    }

    [Fact]
    public async Task Register_sms_refuses_a_registered_phone()
    {
        await Users.RegisterAsync(
            new() { PoolId = EmulatorFactory.PoolId, Phone = Phone, Email = "phone-owner@example.com", Password = Encrypt("pw") },
            null,
            CancellationToken.None);

        var answer = await Client.GetFromJsonAsync<JsonObject>($"/notification/send_register_smscode/{Phone}/{EmulatorFactory.PoolId}");

        Assert.Equal(2026, (int?)answer!["code"]);
    }

    [Fact]
    public async Task Sms_to_an_unknown_pool_is_a_business_error_not_a_500()
    {
        var response = await Client.GetAsync(new Uri($"/send_smscode/{Phone}/not-a-pool", UriKind.Relative));
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, (int?)answer!["code"]);
    }

    [Fact]
    public async Task Outbox_lists_newest_first()
    {
        await Client.GetAsync(new Uri($"/send_smscode/13800000001/{EmulatorFactory.PoolId}", UriKind.Relative));
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await Client.GetAsync(new Uri($"/send_smscode/13800000002/{EmulatorFactory.PoolId}", UriKind.Relative));

        var outbox = await Client.GetFromJsonAsync<JsonArray>("/__emulator/outbox");

        Assert.Equal(["13800000002", "13800000001"], outbox!.Select(message => (string?)message!["to"]));
    }

    [Fact]
    public async Task Outbox_page_is_html_with_encoded_values()
    {
        await RegisterAsync("reset-me@example.com");
        await Factory.Service<EmailFlows>().SendResetPasswordEmailAsync("reset-me@example.com", EmulatorFactory.PoolId, CancellationToken.None);

        var response = await Client.GetAsync(new Uri("/__emulator/outbox.html", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Test &lt;pool&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pool>", html, StringComparison.Ordinal);
    }
}
