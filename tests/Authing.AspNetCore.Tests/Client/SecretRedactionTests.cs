using System.Net;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class SecretRedactionTests
{
    private const string Password = "correct-horse-battery";
    private const string UserToken = "user-token-7d1e";

    [Fact]
    public async Task Failed_owner_token_request_does_not_reveal_the_secret()
    {
        var handler = new RecordingHandler(_ => Responses.BusinessError(2004, "用户不存在"));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(() => harness.Client.ListUsersAsync());

        AssertAbsent(harness, exception, ClientHarness.Secret);
    }

    [Fact]
    public async Task Failed_login_does_not_reveal_the_password()
    {
        var handler = new RecordingHandler(_ => Responses.BusinessError(2006, "密码错误"));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = Password }));

        AssertAbsent(harness, exception, Password);
    }

    [Fact]
    public async Task Transport_failure_does_not_reveal_the_user_token()
    {
        var handler = new RecordingHandler(_ => Responses.Html(HttpStatusCode.BadGateway));
        using var harness = new ClientHarness(handler, options => options.MaxRetries = 1);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(() => harness.Client.CheckLoginStatusAsync(UserToken));

        AssertAbsent(harness, exception, UserToken);
    }

    [Fact]
    public async Task Successful_calls_log_no_tokens()
    {
        var ownerToken = TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1));
        var handler = new RecordingHandler(request => request.OperationName == "getClientWhenSdkInit" ? Responses.SdkInit(ownerToken) : Responses.ForOperation(request));
        using var harness = new ClientHarness(handler);

        await harness.Client.ListUsersAsync();
        await harness.Client.UnbindEmailAsync(UserToken);

        Assert.NotEmpty(harness.Logs.Entries);
        Assert.DoesNotContain(ownerToken, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(UserToken, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHarness.Secret, harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_error_echoing_the_secret_is_redacted()
    {
        var handler = new RecordingHandler(_ => Responses.StringError($"Variable $secret got invalid value {ClientHarness.Secret}"));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(() => harness.Client.ListUsersAsync());

        Assert.Contains("got invalid value ***", exception.AuthingMessage, StringComparison.Ordinal);
        AssertAbsent(harness, exception, ClientHarness.Secret);
    }

    [Fact]
    public async Task Http_error_echoing_the_user_token_is_redacted()
    {
        var handler = new RecordingHandler(_ => Responses.Json($$"""{"errors":[{"message":"bad token {{UserToken}}"}]}""", HttpStatusCode.BadRequest));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(() => harness.Client.CheckLoginStatusAsync(UserToken));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        AssertAbsent(harness, exception, UserToken);
    }

    [Fact]
    public async Task Blank_user_token_is_rejected_before_any_request()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.UnbindEmailAsync(" "));

        Assert.Empty(handler.Requests);
    }

    private static void AssertAbsent(ClientHarness harness, Exception exception, string secret)
    {
        Assert.DoesNotContain(secret, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, harness.Logs.AllText, StringComparison.Ordinal);
    }
}
