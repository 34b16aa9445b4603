using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingChallengeTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Request_without_token_is_challenged_with_a_bare_bearer()
    {
        await using AuthingTestApp app = await StartAsync();

        using HttpResponseMessage response = await app.Client.GetAsync(new Uri("/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, Authing.Calls);
    }

    [Fact]
    public async Task Challenge_carries_the_configured_realm()
    {
        await using AuthingTestApp app = await StartAsync(options => options.Realm = "orders-api");

        using HttpResponseMessage response = await app.Client.GetAsync(new Uri("/me", UriKind.Relative));

        Assert.Equal("Bearer realm=\"orders-api\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Theory]
    [InlineData(2206, "登录信息已过期", "The token expired")]
    [InlineData(2207, "登录信息有误", "The token is invalid")]
    [InlineData(2020, "未登录", "The user is not logged in")]
    public async Task Rejected_token_is_challenged_with_invalid_token_and_a_description_of_authings_code(int code, string message, string description)
    {
        Authing.Reject(AliceToken, code, message);
        await using AuthingTestApp app = await StartAsync();

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            $"Bearer error=\"invalid_token\", error_description=\"{description}\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Rejected_token_challenge_omits_the_description_without_IncludeErrorDetails()
    {
        Authing.Reject(AliceToken, 2206, "登录信息已过期");
        await using AuthingTestApp app = await StartAsync(options => options.IncludeErrorDetails = false);

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Upstream_failure_fails_closed_with_invalid_token()
    {
        AcceptAlice();
        Authing.Failure = new HttpRequestException("connection refused");
        await using AuthingTestApp app = await StartAsync();

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            "Bearer error=\"invalid_token\", error_description=\"The token could not be validated\"",
            Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Authenticated_user_without_the_required_role_gets_403()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync();

        using HttpResponseMessage response = await app.GetWithTokenAsync("/admin", AliceToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains(HeaderNames.WWWAuthenticate));
    }

    [Fact]
    public async Task Forbidding_after_the_response_started_keeps_the_started_response()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(map: web => web.MapGet("/report", async context =>
        {
            await context.Response.WriteAsync("partial report");
            await context.ForbidAsync();
        }).RequireAuthorization());

        using HttpResponseMessage response = await app.GetWithTokenAsync("/report", AliceToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("partial report", await response.Content.ReadAsStringAsync());
    }
}
