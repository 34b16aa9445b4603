using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>UserTokens: <c>checkLoginStatus</c>, <c>decodeJwtToken</c>, <c>refreshToken</c> and the Node SDK's logout.</summary>
public sealed class TokenTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private const string Garbage = "not.a-valid.token";

    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Check_login_status_accepts_a_fresh_token_and_returns_its_payload()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();

        LoginStatus status = await Client.CheckLoginStatusAsync(user.Token!);

        Assert.True(status.Status);
        Assert.Equal(200, status.Code);
        Assert.Equal(user.Id, status.Token?.Data?.Id);
        Assert.Equal(user.Email, status.Token?.Data?.Email);
        Assert.True(status.Token?.Exp > status.Token?.Iat);
    }

    [Fact]
    public async Task Check_login_status_answers_2207_for_a_malformed_token()
    {
        LoginStatus status = await Client.CheckLoginStatusAsync(Garbage);

        Assert.False(status.Status);
        Assert.Equal(2207, status.Code);
    }

    [Fact]
    public async Task Decode_jwt_token_returns_the_payload_of_a_valid_token()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();

        DecodedJwtToken decoded = await Client.DecodeJwtTokenAsync(user.Token!);

        Assert.Equal(user.Id, decoded.Data?.Id);
        Assert.Equal(200, decoded.Status?.Code);
        Assert.True(decoded.Exp > decoded.Iat);
    }

    [Fact]
    public async Task Decode_jwt_token_answers_2207_for_a_malformed_token()
    {
        DecodedJwtToken decoded = await Client.DecodeJwtTokenAsync(Garbage);

        Assert.Equal(2207, decoded.Status?.Code);
        Assert.Null(decoded.Data?.Id);
    }

    [Fact]
    public async Task Refresh_token_issues_a_new_token_authing_accepts()
    {
        AuthingUser user = await target.RegisterAsync();

        RefreshedToken refreshed = await Client.RefreshTokenAsync(user.Id);

        Assert.True(refreshed.Exp > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        LoginStatus status = await Client.CheckLoginStatusAsync(refreshed.Token);
        Assert.Equal(user.Id, status.Token?.Data?.Id);
    }

    [Fact]
    public async Task Refresh_token_of_an_unknown_user_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.RefreshTokenAsync(AuthingTargetFixture.UnknownUserId));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Logout_makes_earlier_tokens_answer_2206()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();

        await Client.LogoutAsync(user.Id);

        LoginStatus status = await Client.CheckLoginStatusAsync(user.Token!);
        Assert.False(status.Status);
        Assert.Equal(2206, status.Code);
    }

    [Fact]
    public async Task Logout_of_an_unknown_user_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.LogoutAsync(AuthingTargetFixture.UnknownUserId));

        Assert.Equal(2004, failure.Code);
    }
}
