using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Tokens;

/// <summary>
/// Issues and checks the pool-signed HS256 tokens: UserTokens (<c>{data:{id,email,clientId,unionid,phone}, iat, exp}</c>)
/// and OwnerTokens (<c>data.type</c> = <c>userPool</c>). Every UserToken issued is recorded (by its SHA-256) so that a
/// logout can revoke exactly the tokens issued before it, whatever second they carry; a random <c>jti</c> keeps two
/// tokens issued in the same second distinct.
/// </summary>
public sealed class TokenService
{
    private const string OwnerType = "userPool";
    private readonly UserPoolDirectory pools;
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;
    private readonly EmulatorOptions options;

    internal TokenService(UserPoolDirectory pools, EmulatorDatabase database, TimeProvider time, IOptions<EmulatorOptions> options)
    {
        this.pools = pools;
        this.database = database;
        this.time = time;
        this.options = options.Value;
    }

    /// <summary>Creates a UserToken; the caller records it with <see cref="Record"/> in the same write.</summary>
    public IssuedToken CreateUserToken(UserPool pool, EmulatorUser user)
    {
        var data = new JsonObject
        {
            ["id"] = user.Id,
            ["email"] = user.Email,
            ["clientId"] = pool.Id,
            ["unionid"] = user.Unionid,
            ["phone"] = user.Phone,
        };
        return Create(pool, data, options.UserTokenLifetime);
    }

    /// <summary>Creates an OwnerToken for <paramref name="pool"/>.</summary>
    public IssuedToken CreateOwnerToken(UserPool pool)
        => Create(pool, new JsonObject { ["type"] = OwnerType, ["id"] = pool.Id, ["clientId"] = pool.Id }, options.OwnerTokenLifetime);

    /// <summary>Checks a UserToken: signature, expiry, logout and that its user still exists.</summary>
    public Task<TokenCheck> CheckUserTokenAsync(string? token, CancellationToken cancellationToken)
        => CheckAsync(token, cancellationToken);

    /// <summary>Identifies the sender of a request from its bearer token.</summary>
    public async Task<Caller> IdentifyAsync(string? bearerToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bearerToken))
        {
            return new Caller.Anonymous();
        }

        var payload = Hs256Jwt.ReadPayload(bearerToken);
        if (payload?["data"] is JsonObject data && (string?)data["type"] == OwnerType)
        {
            return CheckOwnerToken(bearerToken, payload, data);
        }

        var check = await CheckAsync(bearerToken, cancellationToken).ConfigureAwait(false);
        return check.Status
            ? new Caller.User(pools.Get(check.Claims!.ClientId), check.Claims.Id!)
            : new Caller.Rejected(new AuthingError(check.Code, check.Message));
    }

    /// <summary>Records an issued UserToken so that it can be revoked.</summary>
    internal static void Record(SqliteConnection connection, string userId, IssuedToken token)
        => connection.Run(
            "INSERT OR REPLACE INTO issued_tokens (hash, user_id, issued_at, revoked) VALUES ($p0, $p1, $p2, 0)",
            Hash(token.Token),
            userId,
            token.IssuedAt.ToUnixTimeMilliseconds());

    /// <summary>Revokes every UserToken issued to <paramref name="userId"/> so far.</summary>
    internal static void RevokeAll(SqliteConnection connection, string userId)
        => connection.Run("UPDATE issued_tokens SET revoked = 1 WHERE user_id = $p0", userId);

    private IssuedToken Create(UserPool pool, JsonObject data, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var iat = now.ToUnixTimeSeconds();
        var exp = (now + lifetime).ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["data"] = data,
            ["iat"] = iat,
            ["exp"] = exp,
            ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        };
        var token = Hs256Jwt.Create(payload, pool.JwtSecret);
        return new IssuedToken(token, iat, exp, now, DateTimeOffset.FromUnixTimeSeconds(exp));
    }

    private Caller CheckOwnerToken(string token, JsonObject payload, JsonObject data)
    {
        var pool = pools.Find((string?)data["clientId"]);
        if (pool is null || !Hs256Jwt.HasValidSignature(token, pool.JwtSecret))
        {
            return new Caller.Rejected(AuthingErrors.TokenInvalid);
        }

        return IsExpired(payload) ? new Caller.Rejected(AuthingErrors.TokenExpired) : new Caller.Owner(pool);
    }

    private async Task<TokenCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Rejected(AuthingErrors.NotLoggedIn);
        }

        var payload = Hs256Jwt.ReadPayload(token);
        if (payload?["data"] is not JsonObject data || data["type"] is not null || !TryReadTimes(payload, out var iat, out var exp))
        {
            return TokenCheck.Rejected(AuthingErrors.TokenInvalid);
        }

        var claims = new TokenClaims((string?)data["id"], (string?)data["email"], (string?)data["clientId"], (string?)data["unionid"], (string?)data["phone"]);
        var pool = pools.Find(claims.ClientId);
        if (pool is null || claims.Id is null || !Hs256Jwt.HasValidSignature(token, pool.JwtSecret))
        {
            return TokenCheck.Rejected(AuthingErrors.TokenInvalid);
        }

        if (IsExpired(payload))
        {
            return TokenCheck.Rejected(AuthingErrors.TokenExpired, claims, iat, exp);
        }

        var (known, revoked, userExists) = await database.ReadAsync(
            connection =>
            {
                using var command = connection.Command("SELECT revoked FROM issued_tokens WHERE hash = $p0 AND user_id = $p1", Hash(token), claims.Id);
                var state = command.ExecuteScalar();
                return (state is long, state is long flag && flag != 0, UserStore.Find(connection, pool.Id, claims.Id) is { IsDeleted: false });
            },
            cancellationToken).ConfigureAwait(false);
        if (!known || !userExists)
        {
            return TokenCheck.Rejected(AuthingErrors.TokenInvalid, claims, iat, exp);
        }

        return revoked ? TokenCheck.Rejected(AuthingErrors.TokenExpired, claims, iat, exp) : TokenCheck.Valid(claims, iat, exp);
    }

    private bool IsExpired(JsonObject payload)
        => !TryReadTimes(payload, out _, out var exp) || exp <= time.GetUtcNow().ToUnixTimeSeconds();

    private static bool TryReadTimes(JsonObject payload, out long iat, out long exp)
    {
        iat = 0;
        exp = 0;
        return payload["iat"] is JsonValue iatValue && iatValue.TryGetValue(out iat)
            && payload["exp"] is JsonValue expValue && expValue.TryGetValue(out exp);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
