using System.Text.Json;
using Authing.Emulator.Storage;
using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Outbox;

/// <summary>Every e-mail and SMS the emulator sends, kept so that tests and people can read the codes.</summary>
public sealed class OutboxStore
{
    private readonly EmulatorDatabase database;

    internal OutboxStore(EmulatorDatabase database) => this.database = database;

    /// <summary>The messages, newest first, optionally only those sent to <paramref name="to"/>.</summary>
    public Task<List<OutboxMessage>> ListAsync(string? to, CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => (string.IsNullOrEmpty(to)
                    ? connection.Strings("SELECT doc FROM outbox ORDER BY at DESC, rowid DESC")
                    : connection.Strings("SELECT doc FROM outbox WHERE recipient = $p0 COLLATE NOCASE ORDER BY at DESC, rowid DESC", to))
                .Select(doc => JsonSerializer.Deserialize(doc, StorageJson.Default.OutboxMessage)!)
                .ToList(),
            cancellationToken);

    /// <summary>Stores a message in the caller's write.</summary>
    internal static void Add(SqliteConnection connection, OutboxMessage message)
        => connection.Run(
            "INSERT INTO outbox (id, recipient, at, doc) VALUES ($p0, $p1, $p2, $p3)",
            message.Id,
            message.To,
            message.CreatedAt.ToUnixTimeMilliseconds(),
            JsonSerializer.Serialize(message, StorageJson.Default.OutboxMessage));
}
