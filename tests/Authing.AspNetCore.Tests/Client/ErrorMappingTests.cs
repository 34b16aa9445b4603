using System.Net;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class ErrorMappingTests
{
    [Fact]
    public async Task Business_error_with_an_object_message_carries_code_2026()
    {
        var handler = new RecordingHandler(_ => Responses.BusinessError(2026, "用户已存在，请不要重复注册"));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(
            () => harness.Client.RegisterAsync(new RegisterRequest { Email = "x@y.z", Password = "p" }));

        Assert.IsNotType<AuthingTransportException>(exception);
        Assert.Equal(2026, exception.Code);
        Assert.Equal("用户已存在，请不要重复注册", exception.AuthingMessage);
        Assert.Equal("register", exception.OperationName);
    }

    [Fact]
    public async Task Error_with_a_string_message_has_no_code_and_keeps_the_message()
    {
        var handler = new RecordingHandler(_ => Responses.StringError("Variable $registerInClient of required type String! was not provided."));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Null(exception.Code);
        Assert.Contains("registerInClient", exception.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_500_becomes_a_transport_exception_with_the_status()
    {
        var handler = new RecordingHandler(_ => Responses.Status(HttpStatusCode.InternalServerError));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
    }

    [Fact]
    public async Task Html_body_becomes_a_transport_exception_with_the_status()
    {
        var handler = new RecordingHandler(_ => Responses.Html(HttpStatusCode.OK));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Contains("not JSON", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_json_shape_becomes_a_transport_exception()
    {
        var handler = new RecordingHandler(_ => Responses.Data("login", "\"not an object\""));
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));
    }

    [Fact]
    public async Task Slow_answer_becomes_a_transport_exception_after_the_timeout()
    {
        var handler = new RecordingHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Responses.Status(HttpStatusCode.OK);
        });
        using var harness = new ClientHarness(handler, options => options.Timeout = TimeSpan.FromMilliseconds(50));

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task Network_failure_becomes_a_transport_exception()
    {
        var handler = new RecordingHandler(RefuseConnection);
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.IsType<HttpRequestException>(exception.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_is_reported_as_cancellation()
    {
        var handler = new RecordingHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Responses.Status(HttpStatusCode.OK);
        });
        using var harness = new ClientHarness(handler);
        using var cancellation = new CancellationTokenSource();
        var call = harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }, cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Missing_result_field_raises_AuthingException()
    {
        var handler = new RecordingHandler(_ => Responses.Data("login", "null"));
        using var harness = new ClientHarness(handler);

        var exception = await Assert.ThrowsAsync<AuthingException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Contains("no login", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_user_is_returned_as_null()
    {
        var handler = new RecordingHandler(_ => Responses.Data("user", "null"));
        using var harness = new ClientHarness(handler, options => options.OwnerToken = "owner");

        Assert.Null(await harness.Client.GetUserAsync("5a584dcd32e6510001a8f144"));
    }

    private static Task<HttpResponseMessage> RefuseConnection(RecordedRequest request, CancellationToken cancellationToken) =>
        Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
}
