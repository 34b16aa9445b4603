using System.Globalization;
using System.Security.Claims;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingPrincipalTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Valid_token_authenticates_the_user_with_every_claim()
    {
        AuthingTokenClaims token = AcceptAlice();
        await using AuthingTestApp app = await StartAsync();

        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Equal(AliceId, user.Value(AuthingClaimTypes.Subject));
        Assert.Equal(AliceId, user.Value(ClaimTypes.NameIdentifier));
        Assert.Equal(token.Email, user.Value(AuthingClaimTypes.Email));
        Assert.Equal(token.Phone, user.Value(AuthingClaimTypes.PhoneNumber));
        Assert.Equal(token.ClientId, user.Value(AuthingClaimTypes.ClientId));
        Assert.Equal(token.Unionid, user.Value(AuthingClaimTypes.UnionId));
        Assert.Equal(token.IssuedAt?.ToString(CultureInfo.InvariantCulture), user.Value(AuthingClaimTypes.IssuedAt));
        Assert.Equal(token.ExpiresAt?.ToString(CultureInfo.InvariantCulture), user.Value(AuthingClaimTypes.ExpiresAt));
    }

    [Fact]
    public async Task Ticket_is_issued_and_expires_when_the_token_does()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync();

        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Equal(FakeTimeProvider.Start, user.IssuedUtc);
        Assert.Equal(FakeTimeProvider.Start + FifteenDays, user.ExpiresUtc);
    }

    [Fact]
    public async Task Token_is_not_kept_in_the_ticket_by_default()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync();

        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Null(user.AccessToken);
    }

    [Fact]
    public async Task SaveToken_keeps_the_token_as_access_token()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.SaveToken = true);

        EchoedUser user = await app.GetUserAsync(AliceToken);

        Assert.Equal(AliceToken, user.AccessToken);
    }

    [Fact]
    public async Task Configured_validation_mode_is_passed_to_authing()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(options => options.ValidationMode = AuthingValidationMode.DecodeJwtToken);

        await app.GetUserAsync(AliceToken);

        Assert.Equal((AuthingDefaults.AuthenticationScheme, AuthingValidationMode.DecodeJwtToken), Assert.Single(Authing.Requests));
    }
}
