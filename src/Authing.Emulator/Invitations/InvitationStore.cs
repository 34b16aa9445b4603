using System.Text.Json;
using Authing.Emulator.Storage;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Invitations;

/// <summary>SQL for the phone whitelist; every method runs inside a caller's database turn.</summary>
internal static class InvitationStore
{
    public static InvitationState? State(SqliteConnection connection, string poolId)
        => connection.String("SELECT doc FROM invitation_states WHERE pool_id = $p0", poolId) is { } doc
            ? JsonSerializer.Deserialize(doc, StorageJson.Default.InvitationState)
            : null;

    public static void SaveState(SqliteConnection connection, InvitationState state)
        => connection.Run(
            "INSERT INTO invitation_states (pool_id, doc) VALUES ($p0, $p1) ON CONFLICT (pool_id) DO UPDATE SET doc = excluded.doc",
            state.Client,
            JsonSerializer.Serialize(state, StorageJson.Default.InvitationState));

    public static List<string> Phones(SqliteConnection connection, string poolId)
        => connection.Strings("SELECT phone FROM invitation_phones WHERE pool_id = $p0 ORDER BY rowid", poolId);

    /// <summary>True when the whitelist is on and <paramref name="phone"/> is not on it.</summary>
    public static bool Refuses(SqliteConnection connection, string poolId, string phone)
        => State(connection, poolId) is { EnableQrCode: true }
            && connection.Long("SELECT COUNT(*) FROM invitation_phones WHERE pool_id = $p0 AND phone = $p1", poolId, phone) == 0;
}
