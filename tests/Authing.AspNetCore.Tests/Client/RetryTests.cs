using System.Net;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Client;

public sealed class RetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task Query_is_retried_after_a_transient_status(HttpStatusCode status)
    {
        var handler = FailingFirst(1, () => Responses.Status(status));
        using var harness = new ClientHarness(handler);

        var status200 = await harness.Client.DecodeJwtTokenAsync("a-token");

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(200, status200.Status?.Code);
    }

    [Fact]
    public async Task Query_is_retried_after_a_network_failure()
    {
        var handler = FailingFirst(1, () => throw new HttpRequestException(HttpRequestError.ConnectionError));
        using var harness = new ClientHarness(handler);

        await harness.Client.DecodeJwtTokenAsync("a-token");

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Query_stops_after_MaxRetries_and_reports_the_last_status()
    {
        var handler = FailingFirst(10, () => Responses.Status(HttpStatusCode.ServiceUnavailable));
        using var harness = new ClientHarness(handler, options => options.MaxRetries = 2);

        var exception = await Assert.ThrowsAsync<AuthingTransportException>(() => harness.Client.DecodeJwtTokenAsync("a-token"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
    }

    [Fact]
    public async Task Query_is_not_retried_after_a_client_error()
    {
        var handler = FailingFirst(1, () => Responses.Status(HttpStatusCode.BadRequest));
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<AuthingTransportException>(() => harness.Client.DecodeJwtTokenAsync("a-token"));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Mutation_is_never_retried()
    {
        var handler = FailingFirst(1, () => Responses.Status(HttpStatusCode.ServiceUnavailable));
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<AuthingTransportException>(
            () => harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" }));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Rest_get_is_retried()
    {
        var calls = 0;
        var handler = new RecordingHandler(_ => Interlocked.Increment(ref calls) == 1
            ? Responses.Status(HttpStatusCode.ServiceUnavailable)
            : Responses.Json("""{"code":200,"message":"发送成功"}"""));
        using var harness = new ClientHarness(handler);

        await harness.Client.SendSmsCodeAsync("13800000000");

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Queries_are_marked_idempotent_and_mutations_are_not()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = "owner");

        await harness.Client.ListUsersAsync();
        await harness.Client.LogoutAsync("u1");

        Assert.True(handler.Requests[0].Idempotent);
        Assert.False(handler.Requests[1].Idempotent);
    }

    [Fact]
    public async Task Retry_is_logged_as_a_warning_with_the_operation_name()
    {
        var handler = FailingFirst(1, () => Responses.Status(HttpStatusCode.ServiceUnavailable));
        using var harness = new ClientHarness(handler);

        await harness.Client.DecodeJwtTokenAsync("a-token");

        var warning = Assert.Single(harness.Logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("decodeJwtToken", warning.Text, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", warning.Text, StringComparison.Ordinal);
    }

    private static RecordingHandler FailingFirst(int failures, Func<HttpResponseMessage> failure)
    {
        var remaining = failures;
        return new RecordingHandler(_ => Interlocked.Decrement(ref remaining) >= 0
            ? failure()
            : Responses.Data("decodeJwtToken", """{"data":{"id":"u1"},"status":{"code":200,"status":true,"message":"ok"},"iat":1,"exp":2}"""));
    }
}
