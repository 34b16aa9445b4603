using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;

namespace Authing.Emulator.Tests.Tokens;

public sealed class TokenServiceTests : EmulatorTest
{
    private TokenService Tokens => Factory.Service<TokenService>();

    [Fact]
    public async Task Missing_token_is_2020()
    {
        var check = await Tokens.CheckUserTokenAsync(null, CancellationToken.None);

        Assert.Equal((2020, "未登录"), (check.Code, check.Message));
    }

    [Fact]
    public async Task Expired_token_is_rejected_with_2206()
    {
        var token = (await RegisterAsync("ivy@example.com", forceLogin: true)).Token;
        Factory.Clock.Advance(TimeSpan.FromDays(15) + TimeSpan.FromSeconds(1));

        var check = await Tokens.CheckUserTokenAsync(token, CancellationToken.None);

        Assert.Equal((2206, "登录信息已过期"), (check.Code, check.Message));
    }

    [Fact]
    public async Task Tampered_token_is_rejected_with_2207()
    {
        var token = (await RegisterAsync("jon@example.com", forceLogin: true)).Token!;
        var parts = token.Split('.');
        var tampered = parts[0] + "." + parts[1][..^2] + (parts[1][^2] == 'A' ? "B" : "A") + parts[1][^1] + "." + parts[2];

        var check = await Tokens.CheckUserTokenAsync(tampered, CancellationToken.None);

        Assert.Equal((2207, "登录信息有误"), (check.Code, check.Message));
    }

    [Fact]
    public async Task Logout_rejects_earlier_tokens_and_a_login_in_the_same_second_still_works()
    {
        var user = await RegisterAsync("kim@example.com", forceLogin: true);

        await Users.UpdateAsync(Pool, new UserUpdate { Id = user.Id, TokenExpiredAt = "0" }, CancellationToken.None);
        var again = await LoginAsync("kim@example.com");

        Assert.Equal(2206, (await Tokens.CheckUserTokenAsync(user.Token, CancellationToken.None)).Code);
        Assert.Equal(200, (await Tokens.CheckUserTokenAsync(again.Token, CancellationToken.None)).Code);
    }

    [Fact]
    public async Task Owner_token_is_not_a_user_token()
    {
        var owner = Tokens.CreateOwnerToken(Pool).Token;

        Assert.IsType<Caller.Owner>(await Tokens.IdentifyAsync(owner, CancellationToken.None));
        Assert.Equal(2207, (await Tokens.CheckUserTokenAsync(owner, CancellationToken.None)).Code);
    }
}
