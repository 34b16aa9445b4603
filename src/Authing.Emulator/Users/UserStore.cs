using System.Text.Json;
using Authing.Emulator.Mfa;
using Authing.Emulator.Storage;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Users;

/// <summary>SQL for users and their login history; every method runs inside a caller's database turn.</summary>
internal static class UserStore
{
    private const string Columns = "doc FROM users";

    public static EmulatorUser? Find(SqliteConnection connection, string poolId, string id)
        => Read(connection.String($"SELECT {Columns} WHERE pool_id = $p0 AND id = $p1", poolId, id.ToLowerInvariant()));

    public static EmulatorUser? FindById(SqliteConnection connection, string id)
        => Read(connection.String($"SELECT {Columns} WHERE id = $p0", id.ToLowerInvariant()));

    /// <summary>Finds a user by one identifier column (<c>email</c>, <c>phone</c>, <c>username</c> or <c>unionid</c>).</summary>
    public static EmulatorUser? FindBy(SqliteConnection connection, string poolId, UserKey key, string value)
        => Read(connection.String($"SELECT {Columns} WHERE pool_id = $p0 AND {ColumnOf(key)} = $p1 COLLATE NOCASE", poolId, value));

    public static (List<EmulatorUser> Page, long Total) List(SqliteConnection connection, string poolId, int skip, int take)
    {
        var page = connection.Strings($"SELECT {Columns} WHERE pool_id = $p0 ORDER BY created DESC, rowid DESC LIMIT $p1 OFFSET $p2", poolId, take, skip)
            .Select(Deserialize).ToList();
        return (page, connection.Long("SELECT COUNT(*) FROM users WHERE pool_id = $p0", poolId));
    }

    public static void Insert(SqliteConnection connection, EmulatorUser user)
        => connection.Run(
            "INSERT INTO users (id, pool_id, email, phone, username, unionid, created, doc) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)",
            user.Id,
            user.PoolId,
            user.Email,
            user.Phone,
            user.Username,
            user.Unionid,
            user.SignedUp.ToUnixTimeMilliseconds(),
            Serialize(user));

    public static void Update(SqliteConnection connection, EmulatorUser user)
        => connection.Run(
            "UPDATE users SET email = $p1, phone = $p2, username = $p3, unionid = $p4, doc = $p5 WHERE id = $p0",
            user.Id,
            user.Email,
            user.Phone,
            user.Username,
            user.Unionid,
            Serialize(user));

    public static void Delete(SqliteConnection connection, string id)
    {
        connection.Run("DELETE FROM login_history WHERE user_id = $p0", id);
        connection.Run("DELETE FROM issued_tokens WHERE user_id = $p0", id);
        connection.Run("DELETE FROM oauth_bindings WHERE user_id = $p0", id);
        MfaStore.DeleteForUser(connection, id);
        connection.Run("DELETE FROM users WHERE id = $p0", id);
    }

    public static void AddHistory(SqliteConnection connection, LoginHistoryEntry entry)
        => connection.Run(
            "INSERT INTO login_history (id, user_id, at, doc) VALUES ($p0, $p1, $p2, $p3)",
            entry.Id,
            entry.UserId,
            entry.When.ToUnixTimeMilliseconds(),
            JsonSerializer.Serialize(entry, StorageJson.Default.LoginHistoryEntry));

    public static List<LoginHistoryEntry> History(SqliteConnection connection, string userId)
        => connection.Strings("SELECT doc FROM login_history WHERE user_id = $p0 ORDER BY at DESC, rowid DESC", userId)
            .Select(doc => JsonSerializer.Deserialize(doc, StorageJson.Default.LoginHistoryEntry)!)
            .ToList();

    private static string ColumnOf(UserKey key) => key switch
    {
        UserKey.Email => "email",
        UserKey.Phone => "phone",
        UserKey.Username => "username",
        _ => "unionid",
    };

    private static string Serialize(EmulatorUser user) => JsonSerializer.Serialize(user, StorageJson.Default.EmulatorUser);

    private static EmulatorUser Deserialize(string doc) => JsonSerializer.Deserialize(doc, StorageJson.Default.EmulatorUser)!;

    private static EmulatorUser? Read(string? doc) => doc is null ? null : Deserialize(doc);
}
