using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>
/// The e-mail operations: reset a forgotten password (<c>sendResetPasswordEmail</c>,
/// <c>verifyResetPasswordVerifyCode</c>, <c>changePassword</c>), <c>sendVerifyEmail</c> and <c>unbindEmail</c>.
/// </summary>
public sealed class EmailFlowTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private const string NewPassword = "Re5et-password!";

    private AuthingClient Client => target.Client;

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task A_forgotten_password_is_reset_with_the_emailed_code()
    {
        AuthingUser user = await target.RegisterAsync();
        await Client.SendResetPasswordEmailAsync(user.Email!);
        string code = await target.LatestCodeAsync(user.Email!);

        AuthingStatus verified = await Client.VerifyResetPasswordVerifyCodeAsync(user.Email!, code);
        AuthingUser changed = await Client.ChangePasswordAsync(user.Email!, NewPassword, code);

        Assert.Equal(200, verified.Code);
        Assert.Equal(user.Id, changed.Id);
        AuthingUser loggedIn = await Client.LoginAsync(new LoginRequest { Email = user.Email, Password = NewPassword });
        Assert.Equal(user.Id, loggedIn.Id);
    }

    [Fact]
    public async Task Send_reset_password_email_to_an_unknown_address_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.SendResetPasswordEmailAsync(AuthingTargetFixture.NewEmail()));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Verify_reset_password_code_with_a_wrong_code_is_refused_with_2300()
    {
        AuthingUser user = await target.RegisterAsync();
        await Client.SendResetPasswordEmailAsync(user.Email!);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.VerifyResetPasswordVerifyCodeAsync(user.Email!, "000000"));

        Assert.Equal(2300, failure.Code);
    }

    [Fact]
    public async Task Change_password_with_a_wrong_code_is_refused_with_2300_and_keeps_the_password()
    {
        AuthingUser user = await target.RegisterAsync();
        await Client.SendResetPasswordEmailAsync(user.Email!);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.ChangePasswordAsync(user.Email!, NewPassword, "000000"));

        Assert.Equal(2300, failure.Code);
        AuthingUser loggedIn = await Client.LoginAsync(new LoginRequest { Email = user.Email, Password = AuthingTargetFixture.Password });
        Assert.Equal(user.Id, loggedIn.Id);
    }

    [Fact]
    public async Task Send_verify_email_answers_200_for_a_user_address()
    {
        AuthingUser user = await target.RegisterAsync();

        AuthingStatus status = await Client.SendVerifyEmailAsync(user.Email!);

        Assert.Equal(200, status.Code);
    }

    [Fact]
    public async Task Send_verify_email_to_an_unknown_address_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.SendVerifyEmailAsync(AuthingTargetFixture.NewEmail()));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Unbind_email_removes_the_address_of_a_user_who_can_log_in_by_phone()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();
        await Client.UpdateUserAsync(new UpdateUserRequest { Id = user.Id, Phone = AuthingTargetFixture.NewPhone() });

        AuthingUser unbound = await Client.UnbindEmailAsync(user.Token!);

        Assert.Null(unbound.Email);
        Assert.False(await Client.UserExistAsync(new UserExistRequest { Email = user.Email }));
    }

    [Fact]
    public async Task Unbind_email_of_a_user_with_no_other_login_is_refused_with_2217()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.UnbindEmailAsync(user.Token!));

        Assert.Equal(2217, failure.Code);
    }
}
