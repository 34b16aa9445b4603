using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Pools;

namespace Authing.Emulator.Users;

public sealed partial class UserService
{
    /// <summary>
    /// Logs in the pool user of an identity an external directory has just proven: the user with its unionid, created
    /// on its first login (never with a password), its <c>oauth</c> data refreshed at every login.
    /// </summary>
    public async Task<EmulatorUser> LoginExternalAsync(UserPool pool, ExternalAccount account, string? ip, string? browser, string? device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow();
        var outcome = await database.WriteAsync(
            connection =>
            {
                var user = UserStore.FindBy(connection, pool.Id, UserKey.Unionid, account.Unionid);
                var created = user is null;
                if (user is null)
                {
                    user = new EmulatorUser
                    {
                        Id = ObjectId.New(now),
                        PoolId = pool.Id,
                        Unionid = account.Unionid,
                        Username = account.Username,
                        Nickname = account.Nickname ?? string.Empty,
                        Email = account.Email,
                        Phone = account.Phone,
                        Company = string.Empty,
                        Photo = DefaultPhoto,
                        RegisterMethod = account.RegisterMethod,
                        SignedUp = now,
                    };
                    EnsureUnique(connection, user, excludeId: null);
                    UserStore.Insert(connection, user);
                }
                else if (user.IsDeleted || user.Blocked)
                {
                    var refusal = user.IsDeleted ? AuthingErrors.UserNotFound : AuthingErrors.UserBlocked;
                    UserStore.AddHistory(connection, new LoginHistoryEntry(ObjectId.New(now), user.Id, now, false, ip, refusal.Message));
                    return (User: (EmulatorUser?)null, Created: false, Refusal: refusal);
                }

                user.Oauth = account.Oauth;
                CompleteLogin(connection, pool, user, ip, browser, device);
                return (User: user, Created: created, Refusal: (AuthingError?)null);
            },
            cancellationToken).ConfigureAwait(false);
        if (outcome.User is null)
        {
            UserServiceLog.LoginRejected(logger, pool.Id, outcome.Refusal!.Code);
            throw new AuthingException(outcome.Refusal);
        }

        if (outcome.Created)
        {
            UserServiceLog.UserRegistered(logger, outcome.User.Id, pool.Id, outcome.User.RegisterMethod);
        }

        UserServiceLog.LoginSucceeded(logger, outcome.User.Id, pool.Id);
        return outcome.User;
    }

    /// <summary>
    /// True for a user an LDAP or AD login created: only the directory proves who that is, so a <c>login</c> by its
    /// unionid alone (which Authing allows for social logins) is refused.
    /// </summary>
    private static bool IsDirectoryAccount(EmulatorUser user)
        => user.RegisterMethod is { } method && (method == "ad" || method.StartsWith("ldap:", StringComparison.Ordinal));
}
