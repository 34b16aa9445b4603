using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Mfa;
using Authing.Emulator.Passwords;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;

namespace Authing.Emulator.Oidc;

/// <summary>
/// Checks a clear password for the OIDC provider (login page, password grant, <c>signIn</c>), records the attempt in
/// the user's login history and, on success, counts the login. Refusals are Authing's business errors.
/// </summary>
public sealed class OidcCredentials
{
    private readonly EmulatorDatabase database;
    private readonly PasswordService passwords;
    private readonly TokenService tokens;
    private readonly UserPoolDirectory pools;
    private readonly TimeProvider time;

    internal OidcCredentials(EmulatorDatabase database, PasswordService passwords, TokenService tokens, UserPoolDirectory pools, TimeProvider time)
    {
        this.database = database;
        this.passwords = passwords;
        this.tokens = tokens;
        this.pools = pools;
        this.time = time;
    }

    /// <summary>
    /// The user of <paramref name="poolId"/> found by e-mail, phone or username (tried in that order for a login-page
    /// identifier), when <paramref name="password"/> matches; with <paramref name="issueUserToken"/> a UserToken is issued too.
    /// A null password is only accepted for a login by unionid (an external identity), as Authing's <c>login</c> does.
    /// With <paramref name="mfa"/> a user who has MFA on must also give the current TOTP code (the login page); without
    /// it MFA is not asked for (the password grant and <c>signIn</c>).
    /// </summary>
    public async Task<EmulatorUser> LoginAsync(string poolId, IReadOnlyList<(UserKey Key, string Value)> identifiers, string? password, string? ip, bool issueUserToken, MfaAnswer? mfa, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var pool = pools.Get(poolId);
        if (password is null && (identifiers.Count == 0 || identifiers.Any(identifier => identifier.Key != UserKey.Unionid)))
        {
            throw new AuthingException(AuthingErrors.MissingArgument("password"));
        }

        var now = time.GetUtcNow();
        var outcome = await database.WriteAsync(
            connection =>
            {
                var user = identifiers.Select(identifier => UserStore.FindBy(connection, pool.Id, identifier.Key, identifier.Value))
                    .FirstOrDefault(found => found is { IsDeleted: false });
                if (user is null)
                {
                    throw new AuthingException(AuthingErrors.UserNotFound);
                }

                var refusal = password is not null && !passwords.Matches(user, password) ? AuthingErrors.WrongPassword
                    : user.Blocked ? AuthingErrors.UserBlocked
                    : mfa is { Code: var code } ? MfaStore.CheckLogin(connection, user.Id, code, now)
                    : null;
                if (refusal is not null)
                {
                    UserStore.AddHistory(connection, new LoginHistoryEntry(ObjectId.New(now), user.Id, now, false, ip, refusal.Message));
                    return (User: user, Refusal: refusal);
                }

                if (issueUserToken)
                {
                    var token = tokens.CreateUserToken(pool, user);
                    TokenService.Record(connection, user.Id, token);
                    user.Token = token.Token;
                    user.TokenExpiredAt = token.ExpiresAt;
                }

                user.LoginsCount++;
                user.LastLogin = now;
                user.LastIP = ip ?? user.LastIP;
                UserStore.Update(connection, user);
                UserStore.AddHistory(connection, new LoginHistoryEntry(ObjectId.New(now), user.Id, now, true, ip, "登录成功"));
                return (User: user, Refusal: (AuthingError?)null);
            },
            cancellationToken).ConfigureAwait(false);
        return outcome.Refusal is { } refused ? throw new AuthingException(refused) : outcome.User;
    }

    /// <summary>The identifiers a login-page entry may be: an e-mail when it has <c>@</c>, else a phone or a username.</summary>
    public static IReadOnlyList<(UserKey Key, string Value)> FromLoginName(string identifier)
    {
        var value = identifier.Trim();
        return value.Contains('@', StringComparison.Ordinal)
            ? [(UserKey.Email, value), (UserKey.Username, value)]
            : [(UserKey.Phone, value), (UserKey.Username, value)];
    }
}

