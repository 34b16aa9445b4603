using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Outbox;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Verification;

/// <summary>
/// A signed-in user changes the e-mail address or phone number: the new one is proven with a code sent to it, and,
/// as Authing does by default, the current one too when the user has one.
/// </summary>
public sealed class ContactChanges
{
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;
    private readonly TimeSpan codeLifetime;

    internal ContactChanges(EmulatorDatabase database, TimeProvider time, IOptions<EmulatorOptions> options)
    {
        this.database = database;
        this.time = time;
        codeLifetime = options.Value.VerificationCodeLifetime;
    }

    /// <summary>E-mails a change code to <paramref name="email"/>, unless another user of the pool holds that address (2035).</summary>
    public Task<CommonMessage> SendChangeEmailCodeAsync(UserPool pool, string userId, string? email, CancellationToken cancellationToken)
    {
        var address = InputRules.Email(email);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                if (UserStore.FindBy(connection, pool.Id, UserKey.Email, address) is { } holder && !string.Equals(holder.Id, userId, StringComparison.OrdinalIgnoreCase))
                {
                    throw new AuthingException(AuthingErrors.EmailAlreadyBound);
                }

                var code = VerificationCodes.Issue(connection, new CodeTarget(pool.Id, address, CodePurpose.ChangeEmail), now, now + codeLifetime, refuseWhileValid: false)!;
                OutboxStore.Add(connection, new OutboxMessage(
                    ObjectId.New(now), pool.Id, address, OutboxKind.Email, "修改邮箱验证码", $"您正在修改 {pool.Name} 账号的邮箱，验证码是 {code}。", code, now));
                return CommonMessage.Success("成功");
            },
            cancellationToken);
    }

    /// <summary>Binds a new e-mail address, proven by its change code (and the current address's, when the user has one).</summary>
    public Task<EmulatorUser> UpdateEmailAsync(UserPool pool, string userId, ContactChange change, CancellationToken cancellationToken)
    {
        var address = InputRules.Email(change.Value);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var user = RequireUser(connection, pool.Id, userId);
                if (UserStore.FindBy(connection, pool.Id, UserKey.Email, address) is { } holder && holder.Id != user.Id)
                {
                    throw new AuthingException(AuthingErrors.EmailAlreadyBound);
                }

                RequireCurrentProof(connection, pool.Id, user.Email, change, CodePurpose.ChangeEmail, now);
                RequireCode(connection, new CodeTarget(pool.Id, address, CodePurpose.ChangeEmail), change.Code, now);
                if (string.Equals(user.Username, user.Email, StringComparison.OrdinalIgnoreCase))
                {
                    user.Username = address;
                }

                user.Email = address;
                user.EmailVerified = true;
                UserStore.Update(connection, user);
                return user;
            },
            cancellationToken);
    }

    /// <summary>Binds a new phone number, proven by an SMS code (and the current number's, when the user has one).</summary>
    public Task<EmulatorUser> UpdatePhoneAsync(UserPool pool, string userId, ContactChange change, CancellationToken cancellationToken)
    {
        var phone = InputRules.Required(change.Value, "phone");
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var user = RequireUser(connection, pool.Id, userId);
                if (UserStore.FindBy(connection, pool.Id, UserKey.Phone, phone) is { } holder && holder.Id != user.Id)
                {
                    throw new AuthingException(AuthingErrors.PhoneAlreadyBound);
                }

                RequireCurrentProof(connection, pool.Id, user.Phone, change, CodePurpose.Sms, now);
                RequireCode(connection, new CodeTarget(pool.Id, phone, CodePurpose.Sms), change.Code, now);
                if (string.Equals(user.Username, user.Phone, StringComparison.Ordinal))
                {
                    user.Username = phone;
                }

                user.Phone = phone;
                UserStore.Update(connection, user);
                return user;
            },
            cancellationToken);
    }

    private static void RequireCurrentProof(SqliteConnection connection, string poolId, string? current, ContactChange change, string purpose, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(current))
        {
            return;
        }

        if (!string.Equals(InputRules.Optional(change.OldValue), current, StringComparison.OrdinalIgnoreCase))
        {
            throw new AuthingException(AuthingErrors.MissingArgument("当前绑定的邮箱或手机号（oldEmail / oldPhone）及其验证码"));
        }

        RequireCode(connection, new CodeTarget(poolId, current, purpose), change.OldCode, now);
    }

    private static void RequireCode(SqliteConnection connection, CodeTarget target, string? code, DateTimeOffset now)
    {
        if (!VerificationCodes.Consume(connection, target, code, now))
        {
            throw new AuthingException(AuthingErrors.VerificationCodeInvalid);
        }
    }

    private static EmulatorUser RequireUser(SqliteConnection connection, string poolId, string userId)
        => UserStore.Find(connection, poolId, userId) ?? throw new AuthingException(AuthingErrors.UserNotFound);
}
