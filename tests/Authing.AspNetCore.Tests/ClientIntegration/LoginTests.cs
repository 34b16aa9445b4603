using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary><c>login</c> by e-mail, user name or phone with a password, and by phone with an SMS code.</summary>
public sealed class LoginTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Login_by_email_and_password_returns_a_user_token_authing_accepts()
    {
        AuthingUser registered = await target.RegisterAsync();

        AuthingUser user = await Client.LoginAsync(new LoginRequest { Email = registered.Email, Password = AuthingTargetFixture.Password });

        Assert.Equal(registered.Id, user.Id);
        LoginStatus status = await Client.CheckLoginStatusAsync(user.Token!);
        Assert.Equal(200, status.Code);
        Assert.Equal(registered.Id, status.Token?.Data?.Id);
    }

    [Fact]
    public async Task Login_by_username_and_password_returns_the_user()
    {
        string username = AuthingTargetFixture.NewUsername();
        AuthingUser registered = await target.RegisterAsync(new RegisterRequest { Username = username, Password = AuthingTargetFixture.Password });

        AuthingUser user = await Client.LoginAsync(new LoginRequest { Username = username, Password = AuthingTargetFixture.Password });

        Assert.Equal(registered.Id, user.Id);
        Assert.False(string.IsNullOrEmpty(user.Token));
    }

    [Fact]
    public async Task Login_by_phone_and_password_returns_the_user()
    {
        AuthingUser registered = await target.RegisterAsync();
        string phone = AuthingTargetFixture.NewPhone();
        await Client.UpdateUserAsync(new UpdateUserRequest { Id = registered.Id, Phone = phone });

        AuthingUser user = await Client.LoginAsync(new LoginRequest { Phone = phone, Password = AuthingTargetFixture.Password });

        Assert.Equal(registered.Id, user.Id);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_is_refused_with_2006()
    {
        AuthingUser registered = await target.RegisterAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.LoginAsync(new LoginRequest { Email = registered.Email, Password = "not-the-password" }));

        Assert.Equal(2006, failure.Code);
    }

    [Fact]
    public async Task Login_of_an_unknown_user_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.LoginAsync(new LoginRequest { Email = AuthingTargetFixture.NewEmail(), Password = AuthingTargetFixture.Password }));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task Login_by_phone_code_returns_the_phone_user()
    {
        string phone = AuthingTargetFixture.NewPhone();
        AuthingUser registered = await target.RegisterByPhoneAsync(phone);
        await Client.SendSmsCodeAsync(phone);

        AuthingUser user = await Client.LoginByPhoneCodeAsync(new PhoneCodeLoginRequest { Phone = phone, PhoneCode = Number(await target.LatestCodeAsync(phone)) });

        Assert.Equal(registered.Id, user.Id);
        Assert.Equal(phone, user.Phone);
    }

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task Login_by_phone_with_a_wrong_code_is_refused_with_2300()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await target.RegisterByPhoneAsync(phone);
        await Client.SendSmsCodeAsync(phone);
        string code = await target.LatestCodeAsync(phone);

        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.LoginByPhoneCodeAsync(new PhoneCodeLoginRequest { Phone = phone, PhoneCode = Number(AuthingTargetFixture.WrongCode(code)) }));

        Assert.Equal(2300, failure.Code);
    }

    private static int Number(string code) => int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
}
