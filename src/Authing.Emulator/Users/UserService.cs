using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Invitations;
using Authing.Emulator.Mfa;
using Authing.Emulator.Passwords;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Tokens;
using Authing.Emulator.Verification;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Users;

/// <summary>Registration, login and the user records of a pool.</summary>
public sealed partial class UserService
{
    private const string DefaultPhoto = "https://usercontents.authing.cn/authing-avatar.png";
    private readonly EmulatorDatabase database;
    private readonly UserPoolDirectory pools;
    private readonly TokenService tokens;
    private readonly PasswordService passwords;
    private readonly TimeProvider time;
    private readonly ILogger<UserService> logger;

    internal UserService(EmulatorDatabase database, UserPoolDirectory pools, TokenService tokens, PasswordService passwords, TimeProvider time, ILogger<UserService> logger)
    {
        this.logger = logger;
        this.database = database;
        this.pools = pools;
        this.tokens = tokens;
        this.passwords = passwords;
        this.time = time;
    }

    /// <summary>Registers a user; with <see cref="RegisterRequest.ForceLogin"/> the user is logged in too.</summary>
    public async Task<EmulatorUser> RegisterAsync(RegisterRequest request, string? remoteIp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = pools.Get(request.PoolId);
        var email = request.Email is null ? null : InputRules.Email(request.Email);
        var phone = InputRules.Optional(request.Phone);
        var username = InputRules.Optional(request.Username);
        var unionid = InputRules.Optional(request.Unionid);
        var phoneCode = InputRules.Optional(request.PhoneCode);
        var byPhone = phone is not null && (phoneCode is not null || (email is null && username is null && unionid is null));
        if (email is null && phone is null && username is null && unionid is null)
        {
            throw new AuthingException(AuthingErrors.MissingArgument("email、phone、username 或 unionid"));
        }

        var password = request.Password is null ? null : passwords.Decrypt(request.Password);
        if (password is null && unionid is null && !byPhone)
        {
            throw new AuthingException(AuthingErrors.MissingArgument("password"));
        }

        if (byPhone && phoneCode is null)
        {
            throw new AuthingException(AuthingErrors.MissingArgument("phoneCode"));
        }

        var now = time.GetUtcNow();
        var user = new EmulatorUser
        {
            Id = ObjectId.New(now),
            PoolId = pool.Id,
            Email = email,
            Phone = phone,
            PhoneVerified = byPhone,
            Username = username ?? email ?? phone,
            Unionid = unionid,
            Nickname = request.Nickname ?? string.Empty,
            Company = request.Company ?? string.Empty,
            Photo = request.Photo ?? DefaultPhoto,
            Oauth = request.Oauth ?? string.Empty,
            Browser = request.Browser ?? string.Empty,
            Device = request.Device ?? string.Empty,
            RegisterMethod = request.RegisterMethod ?? DefaultRegisterMethod(byPhone, unionid, password),
            LastIP = request.LastIP ?? remoteIp,
            SignedUp = now,
            LastLogin = now,
        };
        if (password is not null)
        {
            user.PasswordHash = passwords.Hash(user, password);
        }

        await database.WriteAsync(
            connection =>
            {
                EnsureUnique(connection, user, excludeId: null);
                if (byPhone)
                {
                    if (InvitationStore.Refuses(connection, pool.Id, phone!))
                    {
                        throw new AuthingException(AuthingErrors.PhoneNotInvited);
                    }

                    if (!VerificationCodes.Consume(connection, new CodeTarget(pool.Id, phone!, CodePurpose.Sms), phoneCode, now))
                    {
                        throw new AuthingException(AuthingErrors.VerificationCodeInvalid);
                    }
                }

                UserStore.Insert(connection, user);
                if (request.ForceLogin)
                {
                    CompleteLogin(connection, pool, user, user.LastIP, request.Browser, request.Device);
                }

                return user;
            },
            cancellationToken).ConfigureAwait(false);
        UserServiceLog.UserRegistered(logger, user.Id, pool.Id, user.RegisterMethod);
        return user;
    }

    /// <summary>
    /// Logs a user in by e-mail, username or phone with a password, by phone with an SMS code, or by unionid. A password
    /// login of a user with MFA on also needs the current TOTP code (<see cref="LoginRequest.MfaCode"/>).
    /// </summary>
    public async Task<EmulatorUser> LoginAsync(LoginRequest request, string? remoteIp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = pools.Get(request.PoolId);
        var (key, value) = LoginKey(request);
        var ip = InputRules.Optional(request.LastIP) ?? remoteIp;
        var usesPhoneCode = key == UserKey.Phone && request.Password is null;
        var password = usesPhoneCode || key == UserKey.Unionid && request.Password is null
            ? null
            : passwords.Decrypt(InputRules.Required(request.Password, "password"));
        var now = time.GetUtcNow();
        var outcome = await database.WriteAsync(
            connection =>
            {
                if (usesPhoneCode && !VerificationCodes.Consume(connection, new CodeTarget(pool.Id, value, CodePurpose.Sms), InputRules.Required(request.PhoneCode, "phoneCode 或 password"), now))
                {
                    throw new AuthingException(AuthingErrors.VerificationCodeInvalid);
                }

                var user = UserStore.FindBy(connection, pool.Id, key, value);
                if (user is null || user.IsDeleted)
                {
                    throw new AuthingException(AuthingErrors.UserNotFound);
                }

                var refusal = password is not null && !passwords.Matches(user, password) ? AuthingErrors.WrongPassword
                    : password is null && key == UserKey.Unionid && IsDirectoryAccount(user) ? AuthingErrors.WrongPassword
                    : user.Blocked ? AuthingErrors.UserBlocked
                    : password is not null ? MfaStore.CheckLogin(connection, user.Id, request.MfaCode, now)
                    : null;
                if (refusal is not null)
                {
                    UserStore.AddHistory(connection, new LoginHistoryEntry(ObjectId.New(now), user.Id, now, false, ip, refusal.Message));
                    return (User: (EmulatorUser?)null, Refusal: refusal);
                }

                CompleteLogin(connection, pool, user, ip, request.Browser, request.Device);
                return (User: user, Refusal: (AuthingError?)null);
            },
            cancellationToken).ConfigureAwait(false);
        if (outcome.User is null)
        {
            UserServiceLog.LoginRejected(logger, pool.Id, outcome.Refusal!.Code);
            throw new AuthingException(outcome.Refusal);
        }

        UserServiceLog.LoginSucceeded(logger, outcome.User.Id, pool.Id);
        return outcome.User;
    }

    /// <summary>True when a user of the pool has any of the given e-mail, phone or username.</summary>
    public Task<bool> ExistsAsync(string poolId, string? email, string? phone, string? username, CancellationToken cancellationToken)
    {
        var pool = pools.Get(poolId);
        var candidates = new[] { (UserKey.Email, email), (UserKey.Phone, phone), (UserKey.Username, username) }
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Item2))
            .ToList();
        return database.ReadAsync(
            connection => candidates.Any(pair => UserStore.FindBy(connection, pool.Id, pair.Item1, pair.Item2!.Trim()) is not null),
            cancellationToken);
    }

    /// <summary>The user, or a 2004 business error.</summary>
    public async Task<EmulatorUser> GetAsync(UserPool pool, string? id, CancellationToken cancellationToken)
    {
        var userId = InputRules.ObjectIdArgument(id, "id");
        return await database.ReadAsync(connection => UserStore.Find(connection, pool.Id, userId), cancellationToken).ConfigureAwait(false)
            ?? throw new AuthingException(AuthingErrors.UserNotFound);
    }

    /// <summary>The users of the pool among <paramref name="ids"/>; ids that are not ObjectIds are ignored.</summary>
    public Task<List<EmulatorUser>> GetManyAsync(UserPool pool, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var valid = ids.Select(id => id.Trim()).Where(ObjectId.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return database.ReadAsync(
            connection => valid.Select(id => UserStore.Find(connection, pool.Id, id)).OfType<EmulatorUser>().ToList(),
            cancellationToken);
    }

    /// <summary>One page of the pool's users, newest first, and the pool's user count.</summary>
    public Task<(List<EmulatorUser> Page, long Total)> ListAsync(UserPool pool, int page, int count, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(count, 1, 200);
        var skip = (Math.Max(page, 1) - 1) * size;
        return database.ReadAsync(connection => UserStore.List(connection, pool.Id, skip, size), cancellationToken);
    }

    /// <summary>The user's login attempts, newest first.</summary>
    public Task<List<LoginHistoryEntry>> HistoryAsync(string userId, CancellationToken cancellationToken)
        => database.ReadAsync(connection => UserStore.History(connection, userId), cancellationToken);

    /// <summary>Applies an update; a password change needs the current password; <c>tokenExpiredAt: "0"</c> logs out.</summary>
    public Task<EmulatorUser> UpdateAsync(UserPool pool, UserUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var userId = InputRules.ObjectIdArgument(update.Id, "_id");
        var email = update.Email is null ? null : InputRules.Email(update.Email);
        var newPassword = update.Password is null ? null : passwords.Decrypt(update.Password);
        var oldPassword = update.OldPassword is null ? null : passwords.Decrypt(update.OldPassword);
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var user = UserStore.Find(connection, pool.Id, userId) ?? throw new AuthingException(AuthingErrors.UserNotFound);
                if (newPassword is not null)
                {
                    ChangePassword(user, newPassword, oldPassword);
                }

                if (email is not null && !string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
                {
                    user.Email = email;
                    user.EmailVerified = false;
                }

                UserFields.Apply(user, update);
                EnsureUnique(connection, user, excludeId: user.Id);
                ApplyTokenExpiry(connection, user, update.TokenExpiredAt, now);
                UserStore.Update(connection, user);
                return user;
            },
            cancellationToken);
    }

    /// <summary>Deletes users of the pool; returns the ids that were deleted.</summary>
    public Task<List<string>> RemoveAsync(UserPool pool, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var valid = ids.Select(id => InputRules.ObjectIdArgument(id, "ids")).Distinct().ToList();
        return database.WriteAsync(
            connection =>
            {
                var removed = valid.Where(id => UserStore.Find(connection, pool.Id, id) is not null).ToList();
                removed.ForEach(id => UserStore.Delete(connection, id));
                return removed;
            },
            cancellationToken);
    }

    /// <summary>Issues a new UserToken for the user.</summary>
    public Task<IssuedToken> RefreshTokenAsync(UserPool pool, string? userId, CancellationToken cancellationToken)
    {
        var id = InputRules.ObjectIdArgument(userId, "user");
        return database.WriteAsync(
            connection =>
            {
                var user = UserStore.Find(connection, pool.Id, id) ?? throw new AuthingException(AuthingErrors.UserNotFound);
                var token = IssueToken(connection, pool, user);
                UserStore.Update(connection, user);
                return token;
            },
            cancellationToken);
    }

    /// <summary>Removes the user's e-mail; refused with 2217 when it is the only way to log in.</summary>
    public Task<EmulatorUser> UnbindEmailAsync(UserPool pool, string userId, CancellationToken cancellationToken)
        => database.WriteAsync(
            connection =>
            {
                var user = UserStore.Find(connection, pool.Id, userId) ?? throw new AuthingException(AuthingErrors.UserNotFound);
                var hasOtherLogin = !string.IsNullOrEmpty(user.Phone)
                    || !string.IsNullOrEmpty(user.Unionid)
                    || (user.PasswordHash is not null && !string.IsNullOrEmpty(user.Username) && !string.Equals(user.Username, user.Email, StringComparison.OrdinalIgnoreCase))
                    || connection.Long("SELECT COUNT(*) FROM oauth_bindings WHERE user_id = $p0", user.Id) > 0;
                if (!hasOtherLogin)
                {
                    throw new AuthingException(AuthingErrors.CannotUnbindEmail);
                }

                if (string.Equals(user.Username, user.Email, StringComparison.OrdinalIgnoreCase))
                {
                    user.Username = user.Phone ?? user.Unionid;
                }

                user.Email = null;
                user.EmailVerified = false;
                UserStore.Update(connection, user);
                return user;
            },
            cancellationToken);

    /// <summary>Sets a new password for a user found by e-mail (the reset-password flow); no old password needed.</summary>
    internal void SetPassword(EmulatorUser user, string password) => user.PasswordHash = passwords.Hash(user, password);

    private void ChangePassword(EmulatorUser user, string newPassword, string? oldPassword)
    {
        if (user.PasswordHash is not null)
        {
            if (oldPassword is null)
            {
                throw new AuthingException(AuthingErrors.OldPasswordRequired);
            }

            if (!passwords.Matches(user, oldPassword))
            {
                throw new AuthingException(AuthingErrors.WrongPassword);
            }
        }

        SetPassword(user, newPassword);
    }

    private void CompleteLogin(SqliteConnection connection, UserPool pool, EmulatorUser user, string? ip, string? browser, string? device)
    {
        var now = time.GetUtcNow();
        IssueToken(connection, pool, user);
        user.LoginsCount++;
        user.LastLogin = now;
        user.LastIP = ip ?? user.LastIP;
        user.Browser = browser ?? user.Browser;
        user.Device = device ?? user.Device;
        UserStore.Update(connection, user);
        UserStore.AddHistory(connection, new LoginHistoryEntry(ObjectId.New(now), user.Id, now, true, ip, "登录成功"));
    }

    private IssuedToken IssueToken(SqliteConnection connection, UserPool pool, EmulatorUser user)
    {
        var token = tokens.CreateUserToken(pool, user);
        TokenService.Record(connection, user.Id, token);
        user.Token = token.Token;
        user.TokenExpiredAt = token.ExpiresAt;
        return token;
    }

    private static void ApplyTokenExpiry(SqliteConnection connection, EmulatorUser user, string? tokenExpiredAt, DateTimeOffset now)
    {
        if (tokenExpiredAt is null)
        {
            return;
        }

        var expiry = tokenExpiredAt.Trim() == "0" ? now
            : JsDate.TryParse(tokenExpiredAt, out var parsed) ? parsed
            : throw new AuthingException(AuthingErrors.MissingArgument("tokenExpiredAt 应为 \"0\" 或日期"));
        user.TokenExpiredAt = expiry;
        if (expiry <= now)
        {
            user.Token = null;
            TokenService.RevokeAll(connection, user.Id);
        }
    }

    private static void EnsureUnique(SqliteConnection connection, EmulatorUser user, string? excludeId)
    {
        bool TakenByOther(UserKey key, string? value)
            => !string.IsNullOrEmpty(value) && UserStore.FindBy(connection, user.PoolId, key, value) is { } other && other.Id != excludeId;

        if (TakenByOther(UserKey.Email, user.Email))
        {
            throw new AuthingException(excludeId is null ? AuthingErrors.UserExists : AuthingErrors.EmailAlreadyBound);
        }

        if (TakenByOther(UserKey.Phone, user.Phone) || TakenByOther(UserKey.Username, user.Username) || TakenByOther(UserKey.Unionid, user.Unionid))
        {
            throw new AuthingException(AuthingErrors.UserExists);
        }
    }

    private static (UserKey Key, string Value) LoginKey(LoginRequest request)
    {
        if (InputRules.Optional(request.Email) is { } email)
        {
            return (UserKey.Email, InputRules.Email(email));
        }

        return InputRules.Optional(request.Username) is { } username ? (UserKey.Username, username)
            : InputRules.Optional(request.Phone) is { } phone ? (UserKey.Phone, phone)
            : InputRules.Optional(request.Unionid) is { } unionid ? (UserKey.Unionid, unionid)
            : throw new AuthingException(AuthingErrors.MissingArgument("email、username、phone 或 unionid"));
    }

    private static string DefaultRegisterMethod(bool byPhone, string? unionid, string? password)
        => byPhone ? "default:phone-code"
            : unionid is not null && password is null ? "oauth:custom"
            : "default:username-password";
}
