using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.Storage;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Oidc;

/// <summary>SQL for the provider's codes, refresh tokens, consents and sessions; secrets are kept only as SHA-256 hashes.</summary>
internal static class OidcStore
{
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Deletes the codes, refresh tokens and sessions that expired before <paramref name="now"/>.</summary>
    public static void PurgeExpired(SqliteConnection connection, DateTimeOffset now)
    {
        var cutoff = now.ToUnixTimeMilliseconds();
        connection.Run("DELETE FROM oidc_codes WHERE expires_at < $p0", cutoff);
        connection.Run("DELETE FROM oidc_refresh_tokens WHERE expires_at < $p0", cutoff);
        connection.Run("DELETE FROM oidc_sessions WHERE expires_at < $p0", cutoff);
    }

    public static void InsertCode(SqliteConnection connection, string code, StoredCode stored)
        => connection.Run(
            """
            INSERT INTO oidc_codes (hash, grant_id, client_id, user_id, redirect_uri, scope, nonce, code_challenge, auth_time, expires_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            """,
            Hash(code),
            stored.GrantId,
            stored.ClientId,
            stored.UserId,
            stored.RedirectUri,
            stored.Scope,
            stored.Nonce,
            stored.CodeChallenge,
            stored.AuthTime.ToUnixTimeMilliseconds(),
            stored.ExpiresAt.ToUnixTimeMilliseconds());

    /// <summary>Finds a code and marks it used in the same turn: a code is redeemed at most once.</summary>
    public static StoredCode? TakeCode(SqliteConnection connection, string code)
        => Take(
            connection,
            "oidc_codes",
            "grant_id, client_id, user_id, redirect_uri, scope, nonce, code_challenge, auth_time, expires_at, used",
            code,
            reader => new StoredCode(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                Time(reader, 7),
                Time(reader, 8),
                reader.GetInt64(9) != 0));

    public static void InsertRefreshToken(SqliteConnection connection, string token, StoredRefreshToken stored)
        => connection.Run(
            "INSERT INTO oidc_refresh_tokens (hash, grant_id, client_id, user_id, scope, auth_time, expires_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            Hash(token),
            stored.GrantId,
            stored.ClientId,
            stored.UserId,
            stored.Scope,
            stored.AuthTime.ToUnixTimeMilliseconds(),
            stored.ExpiresAt.ToUnixTimeMilliseconds());

    /// <summary>Finds a refresh token and marks it used in the same turn: a refresh token is redeemed at most once.</summary>
    public static StoredRefreshToken? TakeRefreshToken(SqliteConnection connection, string token)
        => Take(
            connection,
            "oidc_refresh_tokens",
            "grant_id, client_id, user_id, scope, auth_time, expires_at, used",
            token,
            reader => new StoredRefreshToken(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Time(reader, 4),
                Time(reader, 5),
                reader.GetInt64(6) != 0));

    public static void RevokeGrant(SqliteConnection connection, string grantId)
        => connection.Run("DELETE FROM oidc_refresh_tokens WHERE grant_id = $p0", grantId);

    public static void RevokeRefreshTokens(SqliteConnection connection, string userId, string clientId)
        => connection.Run("DELETE FROM oidc_refresh_tokens WHERE user_id = $p0 AND client_id = $p1", userId, clientId);

    public static StoredConsent? FindConsent(SqliteConnection connection, string userId, string clientId)
        => ReadConsents(connection, "SELECT id, client_id, scope, granted_at FROM oidc_consents WHERE user_id = $p0 AND client_id = $p1", userId, clientId)
            .FirstOrDefault();

    public static void SaveConsent(SqliteConnection connection, string poolId, string userId, StoredConsent consent)
        => connection.Run(
            """
            INSERT INTO oidc_consents (user_id, client_id, id, pool_id, scope, granted_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)
            ON CONFLICT (user_id, client_id) DO UPDATE SET scope = excluded.scope, granted_at = excluded.granted_at
            """,
            userId,
            consent.ClientId,
            consent.Id,
            poolId,
            consent.Scope,
            consent.GrantedAt.ToUnixTimeMilliseconds());

    public static (List<StoredConsent> Page, long Total) ListConsents(SqliteConnection connection, string poolId, string userId, int skip, int take)
        => (ReadConsents(
                connection,
                "SELECT id, client_id, scope, granted_at FROM oidc_consents WHERE pool_id = $p0 AND user_id = $p1 ORDER BY granted_at DESC LIMIT $p2 OFFSET $p3",
                poolId,
                userId,
                take,
                skip),
            connection.Long("SELECT COUNT(*) FROM oidc_consents WHERE pool_id = $p0 AND user_id = $p1", poolId, userId));

    public static void DeleteConsent(SqliteConnection connection, string userId, string clientId)
        => connection.Run("DELETE FROM oidc_consents WHERE user_id = $p0 AND client_id = $p1", userId, clientId);

    public static void InsertSession(SqliteConnection connection, string sessionId, ProviderSession session, DateTimeOffset expiresAt)
        => connection.Run(
            "INSERT INTO oidc_sessions (hash, pool_id, user_id, auth_time, expires_at) VALUES ($p0, $p1, $p2, $p3, $p4)",
            Hash(sessionId),
            session.PoolId,
            session.UserId,
            session.AuthTime.ToUnixTimeMilliseconds(),
            expiresAt.ToUnixTimeMilliseconds());

    public static ProviderSession? FindSession(SqliteConnection connection, string sessionId, DateTimeOffset now)
    {
        using var command = connection.Command(
            "SELECT pool_id, user_id, auth_time FROM oidc_sessions WHERE hash = $p0 AND expires_at > $p1",
            Hash(sessionId),
            now.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        return reader.Read() ? new ProviderSession(reader.GetString(0), reader.GetString(1), Time(reader, 2)) : null;
    }

    public static void DeleteSession(SqliteConnection connection, string sessionId)
        => connection.Run("DELETE FROM oidc_sessions WHERE hash = $p0", Hash(sessionId));

    private static T? Take<T>(SqliteConnection connection, string table, string columns, string secret, Func<SqliteDataReader, T> read)
        where T : class
    {
        var hash = Hash(secret);
        T? found;
        using (var command = connection.Command($"SELECT {columns} FROM {table} WHERE hash = $p0", hash))
        using (var reader = command.ExecuteReader())
        {
            found = reader.Read() ? read(reader) : null;
        }

        if (found is not null)
        {
            connection.Run($"UPDATE {table} SET used = 1 WHERE hash = $p0", hash);
        }

        return found;
    }

    private static DateTimeOffset Time(SqliteDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private static List<StoredConsent> ReadConsents(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.Command(sql, values);
        using var reader = command.ExecuteReader();
        var result = new List<StoredConsent>();
        while (reader.Read())
        {
            result.Add(new StoredConsent(reader.GetString(0), reader.GetString(1), reader.GetString(2), Time(reader, 3)));
        }

        return result;
    }
}
