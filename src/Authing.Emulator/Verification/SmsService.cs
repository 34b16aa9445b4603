using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Invitations;
using Authing.Emulator.Outbox;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Verification;

/// <summary>Sends SMS verification codes, into the outbox.</summary>
public sealed class SmsService
{
    private readonly EmulatorDatabase database;
    private readonly UserPoolDirectory pools;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;

    internal SmsService(EmulatorDatabase database, UserPoolDirectory pools, TimeProvider time, IOptions<EmulatorOptions> options)
    {
        this.database = database;
        this.pools = pools;
        this.time = time;
        lifetime = options.Value.VerificationCodeLifetime;
    }

    /// <summary>
    /// Sends a code to <paramref name="phone"/>; refused while the previous code is valid. With
    /// <paramref name="forRegistration"/> a phone already registered (or not on an active whitelist) is refused too.
    /// </summary>
    public Task<CommonMessage> SendCodeAsync(string? phone, string? clientId, bool forRegistration, CancellationToken cancellationToken)
    {
        var pool = pools.Get(clientId);
        var number = PhoneNumber(phone);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                if (forRegistration && UserStore.FindBy(connection, pool.Id, UserKey.Phone, number) is not null)
                {
                    throw new AuthingException(AuthingErrors.UserExists);
                }

                if (forRegistration && InvitationStore.Refuses(connection, pool.Id, number))
                {
                    throw new AuthingException(AuthingErrors.PhoneNotInvited);
                }

                var code = VerificationCodes.Issue(connection, new CodeTarget(pool.Id, number, CodePurpose.Sms), now, now + lifetime, refuseWhileValid: true)
                    ?? throw new AuthingException(AuthingErrors.CodeAlreadySent);
                var minutes = Math.Max(1, (int)lifetime.TotalMinutes);
                OutboxStore.Add(connection, new OutboxMessage(
                    ObjectId.New(now),
                    pool.Id,
                    number,
                    OutboxKind.Sms,
                    "短信验证码",
                    $"【Authing 模拟器】您的验证码是 {code}，{minutes} 分钟内有效。",
                    code,
                    now));
                return CommonMessage.Success("发送成功");
            },
            cancellationToken);
    }

    /// <summary>
    /// Checks a phone's SMS code without using it up (<c>checkPhoneCode</c>). A wrong or expired code is an answer,
    /// as Authing's Node SDK documents it: code 2300 with <c>status: false</c>.
    /// </summary>
    public Task<CommonMessage> CheckCodeAsync(UserPool pool, string? phone, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var target = new CodeTarget(pool.Id, PhoneNumber(phone), CodePurpose.Sms);
        var given = InputRules.Required(code, "phoneCode");
        var now = time.GetUtcNow();
        return database.ReadAsync(
            connection => VerificationCodes.Matches(connection, target, given, now)
                ? CommonMessage.Success("验证码正确")
                : new CommonMessage(AuthingErrors.VerificationCodeInvalid.Message, AuthingErrors.VerificationCodeInvalid.Code, Status: false),
            cancellationToken);
    }

    private static string PhoneNumber(string? phone)
    {
        var number = InputRules.Required(phone, "phone");
        var digits = number.StartsWith('+') ? number[1..] : number;
        return digits.Length is >= 5 and <= 20 && digits.All(char.IsAsciiDigit)
            ? number
            : throw new AuthingException(AuthingErrors.MissingArgument("合法的手机号 phone"));
    }
}
