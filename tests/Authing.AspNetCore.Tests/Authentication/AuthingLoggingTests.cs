using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingLoggingTests : AuthingHandlerTestBase
{
    private const string RejectedToken = "eyJhbGciOiJIUzI1NiJ9.rejected-user-token.c2lnbmF0dXJl";
    private const string FailingToken = "eyJhbGciOiJIUzI1NiJ9.failing-user-token.c2lnbmF0dXJl";

    [Fact]
    public async Task No_log_line_contains_a_token()
    {
        var logs = new CapturingLoggerProvider();
        AcceptAlice();
        Authing.Reject(RejectedToken, 2207, "登录信息有误");
        await using AuthingTestApp app = await StartAsync(options => options.SaveToken = true, logs: logs);

        await app.GetUserAsync(AliceToken);
        await app.StatusForAsync(RejectedToken);
        Authing.Failure = new HttpRequestException("connection refused");
        await app.StatusForAsync(FailingToken);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line =>
            line.Contains("user-token", StringComparison.Ordinal) || line.Contains("c2lnbmF0dXJl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upstream_failure_is_logged_as_an_error()
    {
        var logs = new CapturingLoggerProvider();
        AcceptAlice();
        Authing.Failure = new HttpRequestException("connection refused");
        await using AuthingTestApp app = await StartAsync(logs: logs);

        await app.StatusForAsync(AliceToken);

        Assert.Contains(logs.Lines, line => line.StartsWith("Error ", StringComparison.Ordinal) && line.Contains("[AuthingUnavailable]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejection_is_logged_with_authings_code()
    {
        var logs = new CapturingLoggerProvider();
        Authing.Reject(AliceToken, 2206, "登录信息已过期");
        await using AuthingTestApp app = await StartAsync(logs: logs);

        await app.StatusForAsync(AliceToken);

        Assert.Contains(logs.Lines, line => line.StartsWith("Information ", StringComparison.Ordinal)
            && line.Contains($"[AuthingTokenRejected]", StringComparison.Ordinal)
            && line.Contains("code 2206", StringComparison.Ordinal));
    }

    [Fact]
    public void Cache_key_holds_the_tokens_hash_not_the_token()
    {
        string key = AuthingCacheKey.Create("authing:token:", AuthingDefaults.AuthenticationScheme, AliceToken);

        Assert.Matches("^authing:token:Authing:[0-9a-f]{64}$", key);
    }
}
