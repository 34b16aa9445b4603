using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>
/// SMS codes: <c>send_smscode</c>, <c>send_register_smscode</c> and <c>checkPhoneCode</c>. Every test reads codes
/// from the outbox or moves the clock, so each needs the emulator (a real pool would text real numbers).
/// </summary>
[Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
public sealed class SmsCodeTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private static readonly TimeSpan PastCodeLifetime = TimeSpan.FromMinutes(6);

    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Send_sms_code_answers_200_and_delivers_a_six_digit_code()
    {
        string phone = AuthingTargetFixture.NewPhone();

        SmsCodeResult result = await Client.SendSmsCodeAsync(phone);

        Assert.Equal(200, result.Code);
        Assert.Matches("^[0-9]{6}$", await target.LatestCodeAsync(phone));
    }

    [Fact]
    public async Task A_second_sms_code_while_the_first_is_valid_is_refused_with_500()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendSmsCodeAsync(phone);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.SendSmsCodeAsync(phone));

        Assert.Equal(500, failure.Code);
    }

    [Fact]
    public async Task A_new_sms_code_is_sent_once_the_previous_one_expired()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendSmsCodeAsync(phone);
        target.Target.AdvanceClock(PastCodeLifetime);

        SmsCodeResult result = await Client.SendSmsCodeAsync(phone);

        Assert.Equal(200, result.Code);
    }

    [Fact]
    public async Task Send_register_sms_code_answers_200_for_a_new_phone()
    {
        string phone = AuthingTargetFixture.NewPhone();

        SmsCodeResult result = await Client.SendRegisterSmsCodeAsync(phone);

        Assert.Equal(200, result.Code);
        Assert.Matches("^[0-9]{6}$", await target.LatestCodeAsync(phone));
    }

    [Fact]
    public async Task Send_register_sms_code_for_a_registered_phone_is_refused_with_2026()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await target.RegisterByPhoneAsync(phone);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.SendRegisterSmsCodeAsync(phone));

        Assert.Equal(2026, failure.Code);
    }

    [Fact]
    public async Task Verify_phone_code_accepts_the_sent_code_without_using_it_up()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendRegisterSmsCodeAsync(phone);
        string code = await target.LatestCodeAsync(phone);

        AuthingStatus status = await Client.VerifyPhoneCodeAsync(phone, code);

        Assert.Equal(200, status.Code);
        Assert.True(status.Status);
        AuthingUser user = await target.RegisterAsync(new RegisterRequest { Phone = phone, PhoneCode = code, Password = AuthingTargetFixture.Password });
        Assert.Equal(phone, user.Phone);
    }

    [Fact]
    public async Task Verify_phone_code_answers_2300_for_a_wrong_code()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendSmsCodeAsync(phone);

        AuthingStatus status = await Client.VerifyPhoneCodeAsync(phone, AuthingTargetFixture.WrongCode(await target.LatestCodeAsync(phone)));

        Assert.Equal(2300, status.Code);
        Assert.False(status.Status);
    }

    [Fact]
    public async Task Verify_phone_code_answers_2300_once_the_code_expired()
    {
        string phone = AuthingTargetFixture.NewPhone();
        await Client.SendSmsCodeAsync(phone);
        string code = await target.LatestCodeAsync(phone);
        target.Target.AdvanceClock(PastCodeLifetime);

        AuthingStatus status = await Client.VerifyPhoneCodeAsync(phone, code);

        Assert.Equal(2300, status.Code);
    }
}
