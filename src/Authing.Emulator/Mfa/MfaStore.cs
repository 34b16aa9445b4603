using System.Security.Cryptography;
using System.Text.Json;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Storage;
using Authing.Internal;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Mfa;

/// <summary>SQL for the users' MFA records, and the MFA step of a login; every method runs inside a caller's database turn.</summary>
internal static class MfaStore
{
    /// <summary>The length of a new secret: 160 bits, the size of an HMAC-SHA-1 key.</summary>
    private const int SecretBytes = 20;

    public static MfaSettings? Find(SqliteConnection connection, string id)
        => Read(connection.String("SELECT doc FROM mfa WHERE id = $p0", id.ToLowerInvariant()));

    public static MfaSettings? FindByUser(SqliteConnection connection, string userId)
        => Read(connection.String("SELECT doc FROM mfa WHERE user_id = $p0", userId.ToLowerInvariant()));

    /// <summary>The user's record, created (off, with a new secret) on first use.</summary>
    public static MfaSettings GetOrCreate(SqliteConnection connection, string poolId, string userId, DateTimeOffset now)
    {
        if (FindByUser(connection, userId) is { } existing)
        {
            return existing;
        }

        var created = new MfaSettings(ObjectId.New(now), poolId, userId, Enable: false, NewShareKey(), LastUsedStep: null);
        Save(connection, created);
        return created;
    }

    public static void Save(SqliteConnection connection, MfaSettings settings)
        => connection.Run(
            "INSERT INTO mfa (id, pool_id, user_id, doc) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            settings.Id,
            settings.PoolId,
            settings.UserId,
            JsonSerializer.Serialize(settings, StorageJson.Default.MfaSettings));

    public static void DeleteForUser(SqliteConnection connection, string userId) => connection.Run("DELETE FROM mfa WHERE user_id = $p0", userId);

    /// <summary>
    /// The MFA step of a login that passed its password check: nothing to do when the user has MFA off; 1635 without a
    /// code; <see cref="AuthingErrors.MfaCodeInvalid"/> for a wrong, stale or replayed code. An accepted code's step is
    /// recorded so that the same code cannot log in twice.
    /// </summary>
    public static AuthingError? CheckLogin(SqliteConnection connection, string userId, string? code, DateTimeOffset now)
    {
        if (FindByUser(connection, userId) is not { Enable: true } settings)
        {
            return null;
        }

        if (InputRules.Optional(code) is not { } given)
        {
            return AuthingErrors.MfaCodeRequired;
        }

        var key = Base32.TryDecode(settings.ShareKey) ?? throw new InvalidOperationException("A stored MFA secret is not base32.");
        if (Totp.Match(key, given, now, settings.LastUsedStep) is not { } step)
        {
            return AuthingErrors.MfaCodeInvalid;
        }

        Save(connection, settings with { LastUsedStep = step });
        return null;
    }

    public static string NewShareKey() => Base32.Encode(RandomNumberGenerator.GetBytes(SecretBytes));

    private static MfaSettings? Read(string? doc) => doc is null ? null : JsonSerializer.Deserialize(doc, StorageJson.Default.MfaSettings);
}
