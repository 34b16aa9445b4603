using System.Security.Cryptography;
using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Outbox;
using Authing.Emulator.Passwords;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Verification;

/// <summary>The e-mail flows: reset a forgotten password with an e-mailed code, and verify an address by a link.</summary>
public sealed class EmailFlows
{
    private static readonly TimeSpan VerifyLinkLifetime = TimeSpan.FromDays(1);
    private readonly EmulatorDatabase database;
    private readonly UserPoolDirectory pools;
    private readonly PasswordService passwords;
    private readonly UserService users;
    private readonly TimeProvider time;
    private readonly TimeSpan codeLifetime;

    internal EmailFlows(EmulatorDatabase database, UserPoolDirectory pools, PasswordService passwords, UserService users, TimeProvider time, IOptions<EmulatorOptions> options)
    {
        this.database = database;
        this.pools = pools;
        this.passwords = passwords;
        this.users = users;
        this.time = time;
        codeLifetime = options.Value.VerificationCodeLifetime;
    }

    /// <summary>E-mails a reset code to a user of the pool.</summary>
    public Task<CommonMessage> SendResetPasswordEmailAsync(string? email, string? clientId, CancellationToken cancellationToken)
    {
        var (pool, address) = (pools.Get(clientId), InputRules.Email(email));
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                RequireUser(connection, pool.Id, address);
                var code = VerificationCodes.Issue(connection, new CodeTarget(pool.Id, address, CodePurpose.ResetPassword), now, now + codeLifetime, refuseWhileValid: false)!;
                OutboxStore.Add(connection, new OutboxMessage(
                    ObjectId.New(now), pool.Id, address, OutboxKind.Email, "重置密码验证码", $"您正在重置 {pool.Name} 的密码，验证码是 {code}。", code, now));
                return CommonMessage.Success("成功");
            },
            cancellationToken);
    }

    /// <summary>Checks a reset code without using it up.</summary>
    public Task<CommonMessage> VerifyResetCodeAsync(string? email, string? clientId, string? code, CancellationToken cancellationToken)
    {
        var target = new CodeTarget(pools.Get(clientId).Id, InputRules.Email(email), CodePurpose.ResetPassword);
        var now = time.GetUtcNow();
        return database.ReadAsync(
            connection => VerificationCodes.Matches(connection, target, code, now)
                ? CommonMessage.Success("验证成功，请输入新密码")
                : throw new AuthingException(AuthingErrors.VerificationCodeInvalid),
            cancellationToken);
    }

    /// <summary>Sets a new (encrypted) password with a reset code, using the code up.</summary>
    public Task<EmulatorUser> ChangePasswordAsync(string? email, string? clientId, string? encryptedPassword, string? code, CancellationToken cancellationToken)
    {
        var target = new CodeTarget(pools.Get(clientId).Id, InputRules.Email(email), CodePurpose.ResetPassword);
        var password = passwords.Decrypt(InputRules.Required(encryptedPassword, "password"));
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var user = RequireUser(connection, target.PoolId, target.Address);
                if (!VerificationCodes.Consume(connection, target, code, now))
                {
                    throw new AuthingException(AuthingErrors.VerificationCodeInvalid);
                }

                users.SetPassword(user, password);
                UserStore.Update(connection, user);
                return user;
            },
            cancellationToken);
    }

    /// <summary>E-mails a link that verifies the address when opened.</summary>
    public Task<CommonMessage> SendVerifyEmailAsync(string? email, string? clientId, Uri baseUrl, CancellationToken cancellationToken)
    {
        var (pool, address) = (pools.Get(clientId), InputRules.Email(email));
        var now = time.GetUtcNow();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var link = new Uri(baseUrl, $"/__emulator/verify-email?token={token}");
        return database.WriteAsync(
            connection =>
            {
                RequireUser(connection, pool.Id, address);
                VerificationCodes.Issue(connection, new CodeTarget(pool.Id, address, CodePurpose.VerifyEmail), now, now + VerifyLinkLifetime, refuseWhileValid: false, token);
                OutboxStore.Add(connection, new OutboxMessage(
                    ObjectId.New(now), pool.Id, address, OutboxKind.Email, "验证您的邮箱", $"请打开此链接验证您在 {pool.Name} 的邮箱：{link}", token, now));
                return CommonMessage.Success("发送验证邮件成功");
            },
            cancellationToken);
    }

    /// <summary>Marks the address of a verification link as verified; false when the link is unknown or expired.</summary>
    public Task<bool> VerifyEmailAsync(string? token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                if (string.IsNullOrEmpty(token) || VerificationCodes.FindByCode(connection, CodePurpose.VerifyEmail, token, now) is not { } found)
                {
                    return false;
                }

                var target = new CodeTarget(found.PoolId, found.Address, CodePurpose.VerifyEmail);
                VerificationCodes.Consume(connection, target, token, now);
                if (UserStore.FindBy(connection, found.PoolId, UserKey.Email, found.Address) is not { } user)
                {
                    return false;
                }

                user.EmailVerified = true;
                UserStore.Update(connection, user);
                return true;
            },
            cancellationToken);
    }

    private static EmulatorUser RequireUser(SqliteConnection connection, string poolId, string email)
        => UserStore.FindBy(connection, poolId, UserKey.Email, email) ?? throw new AuthingException(AuthingErrors.UserNotFound);
}
