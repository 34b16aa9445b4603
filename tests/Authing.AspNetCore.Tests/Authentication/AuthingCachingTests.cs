using System.Net;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingCachingTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Accepted_token_is_asked_about_once_within_the_cache_lifetime()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync();

        for (int i = 0; i < 5; i++)
        {
            await app.GetUserAsync(AliceToken);
            Clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(1, Authing.Calls);
    }

    [Fact]
    public async Task Accepted_token_is_asked_about_again_after_the_cache_lifetime()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.CacheDuration = TimeSpan.FromSeconds(30));
        await app.GetUserAsync(AliceToken);

        Clock.Advance(TimeSpan.FromSeconds(31));
        await app.GetUserAsync(AliceToken);

        Assert.Equal(2, Authing.Calls);
    }

    [Fact]
    public async Task Cached_acceptance_ends_at_the_tokens_exp_when_that_comes_first()
    {
        AcceptAlice(lifetime: TimeSpan.FromSeconds(20));
        await using AuthingTestApp app = await StartAsync(options => options.CacheDuration = TimeSpan.FromMinutes(5));
        await app.GetUserAsync(AliceToken);
        Clock.Advance(TimeSpan.FromSeconds(19));
        await app.GetUserAsync(AliceToken);
        Assert.Equal(1, Authing.Calls);

        Clock.Advance(TimeSpan.FromSeconds(2));
        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(2, Authing.Calls);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The token expired", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_cache_lifetime_asks_authing_on_every_request()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.CacheDuration = TimeSpan.Zero);

        await app.GetUserAsync(AliceToken);
        await app.GetUserAsync(AliceToken);

        Assert.Equal(2, Authing.Calls);
    }

    [Fact]
    public async Task Rejection_is_reused_within_the_negative_cache_lifetime()
    {
        Authing.Reject(AliceToken, 2207, "登录信息有误");
        await using AuthingTestApp app = await StartAsync();

        await app.StatusForAsync(AliceToken);
        Clock.Advance(TimeSpan.FromSeconds(9));
        await app.StatusForAsync(AliceToken);

        Assert.Equal(1, Authing.Calls);
    }

    [Fact]
    public async Task Rejection_is_asked_about_again_after_the_negative_cache_lifetime()
    {
        Authing.Reject(AliceToken, 2207, "登录信息有误");
        await using AuthingTestApp app = await StartAsync();
        await app.StatusForAsync(AliceToken);

        Clock.Advance(TimeSpan.FromSeconds(11));
        AcceptAlice();
        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Equal(2, Authing.Calls);
        Assert.Equal(AliceId, user.Value("sub"));
    }

    [Fact]
    public async Task Upstream_failure_is_not_cached()
    {
        AcceptAlice();
        Authing.Failure = new HttpRequestException("connection refused");
        await using AuthingTestApp app = await StartAsync();
        await app.StatusForAsync(AliceToken);

        Authing.Failure = null;
        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Equal(2, Authing.Calls);
        Assert.Equal(AliceId, user.Value("sub"));
    }

    [Fact]
    public async Task Accepted_token_past_its_exp_is_rejected_as_expired_and_cached_as_a_rejection()
    {
        AcceptAlice(lifetime: TimeSpan.FromSeconds(-1));
        await using AuthingTestApp app = await StartAsync(options => options.ValidationMode = AuthingValidationMode.DecodeJwtToken);

        await app.StatusForAsync(AliceToken);
        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The token expired", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, Authing.Calls);
    }
}
