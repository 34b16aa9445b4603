using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary><c>register</c> by e-mail, user name or phone with its SMS code, and <c>userExist</c>.</summary>
public sealed class RegistrationTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Registration_by_email_creates_a_user_that_exists()
    {
        string email = AuthingTargetFixture.NewEmail();

        AuthingUser user = await target.RegisterAsync(new RegisterRequest { Email = email, Password = AuthingTargetFixture.Password, Nickname = "Ada" });

        Assert.Matches("^[0-9a-f]{24}$", user.Id);
        Assert.Equal(email, user.Email);
        Assert.Equal("Ada", user.Nickname);
        Assert.True(await Client.UserExistAsync(new UserExistRequest { Email = email }));
    }

    [Fact]
    public async Task Registration_of_a_taken_email_is_refused_with_2026()
    {
        AuthingUser existing = await target.RegisterAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.RegisterAsync(new RegisterRequest { Email = existing.Email, Password = AuthingTargetFixture.Password }));

        Assert.Equal(2026, failure.Code);
    }

    [Fact]
    public async Task User_exist_finds_a_user_by_username_and_not_an_unknown_one()
    {
        string username = AuthingTargetFixture.NewUsername();
        await target.RegisterAsync(new RegisterRequest { Username = username, Password = AuthingTargetFixture.Password });

        Assert.True(await Client.UserExistAsync(new UserExistRequest { Username = username }));
        Assert.False(await Client.UserExistAsync(new UserExistRequest { Username = AuthingTargetFixture.NewUsername() }));
        Assert.False(await Client.UserExistAsync(new UserExistRequest { Email = AuthingTargetFixture.NewEmail(), Phone = AuthingTargetFixture.NewPhone() }));
    }

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task Registration_by_phone_with_its_sms_code_creates_a_phone_user()
    {
        string phone = AuthingTargetFixture.NewPhone();

        AuthingUser user = await target.RegisterByPhoneAsync(phone);

        Assert.Equal(phone, user.Phone);
        Assert.True(await Client.UserExistAsync(new UserExistRequest { Phone = phone }));
    }

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task Registration_by_phone_with_a_wrong_code_is_refused_with_2300()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendRegisterSmsCodeAsync(phone);
        string code = await target.LatestCodeAsync(phone);

        var failure = await Assert.ThrowsAsync<AuthingException>(() =>
            Client.RegisterAsync(new RegisterRequest { Phone = phone, PhoneCode = AuthingTargetFixture.WrongCode(code), Password = AuthingTargetFixture.Password }));

        Assert.Equal(2300, failure.Code);
        Assert.False(await Client.UserExistAsync(new UserExistRequest { Phone = phone }));
    }
}
