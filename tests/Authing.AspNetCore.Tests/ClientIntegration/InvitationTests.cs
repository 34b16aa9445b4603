using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>
/// The phone-registration whitelist: <c>setInvitationState</c>, <c>queryInvitationState</c>, <c>addToInvitation</c>,
/// <c>removeFromInvitation</c>, <c>queryInvitation</c>. Tests that turn the whitelist on turn it off again.
/// </summary>
[Collection(PoolWideSettings.Name)]
public sealed class InvitationTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private AuthingClient Client => target.Client;

    [Fact]
    public async Task The_whitelist_is_turned_on_and_off()
    {
        try
        {
            InvitationState on = await Client.SetInvitationStateAsync(enabled: true);

            Assert.True(on.EnableQrCode);
            Assert.True((await Client.QueryInvitationStateAsync()).EnableQrCode);
        }
        finally
        {
            await Client.SetInvitationStateAsync(enabled: false);
        }

        Assert.False((await Client.QueryInvitationStateAsync()).EnableQrCode);
    }

    [Fact]
    public async Task Phones_are_added_to_and_removed_from_the_whitelist()
    {
        string phone = AuthingTargetFixture.NewPhone();

        IReadOnlyList<InvitationEntry> added = await Client.AddToInvitationAsync(phone);
        IReadOnlyList<InvitationEntry> listed = await Client.QueryInvitationAsync();
        await Client.RemoveFromInvitationAsync(phone);

        Assert.Contains(added, entry => entry.QrCodePhone == phone);
        Assert.Contains(listed, entry => entry.QrCodePhone == phone);
        Assert.DoesNotContain(await Client.QueryInvitationAsync(), entry => entry.QrCodePhone == phone);
    }

    [Fact]
    [Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]
    public async Task With_the_whitelist_on_only_invited_phones_get_a_registration_code()
    {
        string invited = AuthingTargetFixture.NewPhone();
        string stranger = AuthingTargetFixture.NewPhone();
        await Client.AddToInvitationAsync(invited);
        try
        {
            await Client.SetInvitationStateAsync(enabled: true);

            SmsCodeResult sent = await Client.SendRegisterSmsCodeAsync(invited);
            var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.SendRegisterSmsCodeAsync(stranger));

            Assert.Equal(200, sent.Code);
            Assert.Equal(500, failure.Code);
        }
        finally
        {
            await Client.SetInvitationStateAsync(enabled: false);
            await Client.RemoveFromInvitationAsync(invited);
        }
    }
}
