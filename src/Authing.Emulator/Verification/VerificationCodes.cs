using System.Globalization;
using System.Security.Cryptography;
using Authing.Emulator.Storage;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Verification;

/// <summary>One live code per pool, target and purpose; every method runs inside the caller's write.</summary>
internal static class VerificationCodes
{
    /// <summary>
    /// Stores a new six-digit code (or <paramref name="code"/>) valid until <paramref name="expiresAt"/>; returns null,
    /// storing nothing, when <paramref name="refuseWhileValid"/> and the previous code has not expired.
    /// </summary>
    public static string? Issue(
        SqliteConnection connection,
        CodeTarget target,
        DateTimeOffset now,
        DateTimeOffset expiresAt,
        bool refuseWhileValid,
        string? code = null)
    {
        if (refuseWhileValid && connection.Long(
                "SELECT COUNT(*) FROM verification_codes WHERE pool_id = $p0 AND target = $p1 AND purpose = $p2 AND expires_at > $p3",
                target.PoolId,
                target.Address,
                target.Purpose,
                now.ToUnixTimeMilliseconds()) > 0)
        {
            return null;
        }

        var value = code ?? RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        connection.Run(
            "INSERT OR REPLACE INTO verification_codes (pool_id, target, purpose, code, expires_at) VALUES ($p0, $p1, $p2, $p3, $p4)",
            target.PoolId,
            target.Address,
            target.Purpose,
            value,
            expiresAt.ToUnixTimeMilliseconds());
        return value;
    }

    /// <summary>True when <paramref name="code"/> is the live code for the target.</summary>
    public static bool Matches(SqliteConnection connection, CodeTarget target, string? code, DateTimeOffset now)
        => !string.IsNullOrEmpty(code) && connection.Long(
            "SELECT COUNT(*) FROM verification_codes WHERE pool_id = $p0 AND target = $p1 AND purpose = $p2 AND code = $p3 AND expires_at > $p4",
            target.PoolId,
            target.Address,
            target.Purpose,
            code.Trim(),
            now.ToUnixTimeMilliseconds()) > 0;

    /// <summary>Checks the code and, when it matches, uses it up.</summary>
    public static bool Consume(SqliteConnection connection, CodeTarget target, string? code, DateTimeOffset now)
    {
        if (!Matches(connection, target, code, now))
        {
            return false;
        }

        connection.Run(
            "DELETE FROM verification_codes WHERE pool_id = $p0 AND target = $p1 AND purpose = $p2",
            target.PoolId,
            target.Address,
            target.Purpose);
        return true;
    }

    /// <summary>Finds the target a live code (such as an e-mail link token) was issued for.</summary>
    public static (string PoolId, string Address)? FindByCode(SqliteConnection connection, string purpose, string code, DateTimeOffset now)
    {
        using var command = connection.Command(
            "SELECT pool_id, target FROM verification_codes WHERE purpose = $p0 AND code = $p1 AND expires_at > $p2",
            purpose,
            code,
            now.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }
}
