using Authing.Emulator.Errors;
using Authing.Emulator.Invitations;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Users;
using Authing.Emulator.Verification;

namespace Authing.Emulator.Tests.Verification;

public sealed class VerificationFlowTests : EmulatorTest
{
    private const string Phone = "13912345678";

    private EmailFlows Email => Factory.Service<EmailFlows>();

    private SmsService Sms => Factory.Service<SmsService>();

    [Fact]
    public async Task Password_is_reset_with_the_code_from_the_outbox()
    {
        await RegisterAsync("lee@example.com", "forgotten");
        await Email.SendResetPasswordEmailAsync("lee@example.com", EmulatorFactory.PoolId, CancellationToken.None);
        var code = await Client.LatestCodeAsync("lee@example.com");

        await Email.VerifyResetCodeAsync("lee@example.com", EmulatorFactory.PoolId, code, CancellationToken.None);
        await Email.ChangePasswordAsync("lee@example.com", EmulatorFactory.PoolId, Encrypt("brand-new"), code, CancellationToken.None);

        Assert.NotNull((await LoginAsync("lee@example.com", "brand-new")).Token);
    }

    [Fact]
    public async Task Wrong_reset_code_fails_with_2300()
    {
        await RegisterAsync("mia@example.com");
        await Email.SendResetPasswordEmailAsync("mia@example.com", EmulatorFactory.PoolId, CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuthingException>(() => Email.VerifyResetCodeAsync("mia@example.com", EmulatorFactory.PoolId, "000000", CancellationToken.None));

        Assert.Equal(2300, error.Error.Code);
    }

    [Fact]
    public async Task Phone_registration_and_code_login_use_codes_from_the_outbox()
    {
        await Sms.SendCodeAsync(Phone, EmulatorFactory.PoolId, forRegistration: true, CancellationToken.None);
        var registered = await Users.RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Phone = Phone, PhoneCode = await Client.LatestCodeAsync(Phone) },
            null,
            CancellationToken.None);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await Sms.SendCodeAsync(Phone, EmulatorFactory.PoolId, forRegistration: false, CancellationToken.None);

        var user = await Users.LoginAsync(
            new LoginRequest { PoolId = EmulatorFactory.PoolId, Phone = Phone, PhoneCode = await Client.LatestCodeAsync(Phone) },
            null,
            CancellationToken.None);

        Assert.Equal(registered.Id, user.Id);
        Assert.NotNull(user.Token);
    }

    [Fact]
    public async Task Expired_sms_code_fails_with_2300()
    {
        await Sms.SendCodeAsync(Phone, EmulatorFactory.PoolId, forRegistration: true, CancellationToken.None);
        Factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var error = await Assert.ThrowsAsync<AuthingException>(async () => await Users.RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Phone = Phone, PhoneCode = await Client.LatestCodeAsync(Phone) },
            null,
            CancellationToken.None));

        Assert.Equal(2300, error.Error.Code);
    }

    [Fact]
    public async Task Whitelist_refuses_phone_registration_of_a_phone_not_on_it()
    {
        await Factory.Service<InvitationService>().SetStateAsync(Pool, enable: true, CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuthingException>(() => Sms.SendCodeAsync(Phone, EmulatorFactory.PoolId, forRegistration: true, CancellationToken.None));

        Assert.Equal(AuthingErrors.PhoneNotInvited, error.Error);
    }

    [Fact]
    public async Task Whitelisted_phone_registers_while_the_whitelist_is_on()
    {
        var invitations = Factory.Service<InvitationService>();
        await invitations.SetStateAsync(Pool, enable: true, CancellationToken.None);
        await invitations.AddAsync(Pool, Phone, CancellationToken.None);
        await Sms.SendCodeAsync(Phone, EmulatorFactory.PoolId, forRegistration: true, CancellationToken.None);

        var user = await Users.RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Phone = Phone, PhoneCode = await Client.LatestCodeAsync(Phone) },
            null,
            CancellationToken.None);

        Assert.Equal(Phone, user.Phone);
    }

    [Fact]
    public async Task Verification_link_from_the_outbox_verifies_the_email()
    {
        var user = await RegisterAsync("ned@example.com");
        await Email.SendVerifyEmailAsync("ned@example.com", EmulatorFactory.PoolId, new Uri("http://localhost/"), CancellationToken.None);
        var body = await Client.LatestBodyAsync("ned@example.com");
        var link = new Uri(body[body.IndexOf("http", StringComparison.Ordinal)..]);

        var response = await Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.True((await Users.GetAsync(Pool, user.Id, CancellationToken.None)).EmailVerified);
    }

    [Fact]
    public async Task Email_cannot_be_unbound_without_another_login_method()
    {
        var user = await RegisterAsync("ola@example.com");

        var error = await Assert.ThrowsAsync<AuthingException>(() => Users.UnbindEmailAsync(Pool, user.Id, CancellationToken.None));

        Assert.Equal(2217, error.Error.Code);
    }
}
