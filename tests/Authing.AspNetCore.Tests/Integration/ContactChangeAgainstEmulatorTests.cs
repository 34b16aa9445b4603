using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Integration;

/// <summary>A signed-in user changes e-mail and phone with codes (updateEmail, updatePhone, sendChangeEmailVerifyCode).</summary>
public sealed class ContactChangeAgainstEmulatorTests : IDisposable
{
    private readonly EmulatorServer emulator;
    private readonly EmulatorUsers users;

    public ContactChangeAgainstEmulatorTests()
    {
        emulator = new EmulatorServer();
        users = new EmulatorUsers(emulator);
    }

    public void Dispose()
    {
        users.Dispose();
        emulator.Dispose();
    }

    [Fact]
    public async Task Email_changes_when_both_the_new_and_the_current_address_are_proven()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();
        string newEmail = $"moved-{Guid.NewGuid():N}@example.com";
        await users.Client.SendChangeEmailCodeAsync(user.Token!, user.Email!);
        await users.Client.SendChangeEmailCodeAsync(user.Token!, newEmail);

        AuthingUser changed = await users.Client.UpdateEmailAsync(user.Token!, new ContactChangeRequest
        {
            NewValue = newEmail,
            NewCode = await emulator.LatestCodeAsync(newEmail),
            OldValue = user.Email,
            OldCode = await emulator.LatestCodeAsync(user.Email!),
        });

        Assert.Equal(newEmail, changed.Email);
        Assert.Equal(newEmail, (await users.Client.GetUserAsync(user.Id))?.Email);
    }

    [Fact]
    public async Task Email_change_with_a_wrong_code_is_refused_with_2300()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();
        string newEmail = $"moved-{Guid.NewGuid():N}@example.com";
        await users.Client.SendChangeEmailCodeAsync(user.Token!, user.Email!);
        await users.Client.SendChangeEmailCodeAsync(user.Token!, newEmail);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.UpdateEmailAsync(user.Token!, new ContactChangeRequest
        {
            NewValue = newEmail,
            NewCode = "000000",
            OldValue = user.Email,
            OldCode = "000000",
        }));

        Assert.Equal(2300, failure.Code);
    }

    [Fact]
    public async Task Change_code_for_an_address_another_user_holds_is_refused_with_2035()
    {
        AuthingUser first = await users.RegisterAndLoginAsync();
        AuthingUser second = await users.RegisterAndLoginAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.SendChangeEmailCodeAsync(second.Token!, first.Email!));

        Assert.Equal(2035, failure.Code);
    }

    [Fact]
    public async Task Phone_is_bound_with_an_sms_code_and_a_second_change_needs_the_current_number_proven()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();
        string phone = "1390000" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await users.Client.SendSmsCodeAsync(phone);
        AuthingUser bound = await users.Client.UpdatePhoneAsync(user.Token!, new ContactChangeRequest { NewValue = phone, NewCode = await emulator.LatestCodeAsync(phone) });
        string next = "1380000" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await users.Client.SendSmsCodeAsync(next);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.UpdatePhoneAsync(user.Token!, new ContactChangeRequest { NewValue = next, NewCode = "123456" }));

        Assert.Equal(phone, bound.Phone);
        Assert.NotEqual(200, failure.Code);
        Assert.True(await users.Client.UserExistAsync(new UserExistRequest { Phone = phone }));
        Assert.False(await users.Client.UserExistAsync(new UserExistRequest { Phone = next }));
    }
}
