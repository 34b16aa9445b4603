using Authing.Emulator.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Storage;

/// <summary>
/// The emulator's SQLite database: one connection used by one caller at a time, every write in its own transaction.
/// In <see cref="StorageMode.InMemory"/> the same code runs against an in-memory database kept open for the host's life.
/// </summary>
internal sealed class EmulatorDatabase : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SqliteConnection connection;

    public EmulatorDatabase(IOptions<EmulatorOptions> options)
    {
        var settings = options.Value;
        connection = new SqliteConnection(BuildConnectionString(settings));
        connection.Open();
        connection.Run(settings.Storage == StorageMode.Sqlite
            ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
            : "PRAGMA foreign_keys=ON;");
        InTransaction(c =>
        {
            c.Run(DatabaseSchema.Script);
            return true;
        });
    }

    /// <summary>Runs <paramref name="work"/> alone on the connection.</summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
        => AloneAsync(() => work(connection), cancellationToken);

    /// <summary>Runs <paramref name="work"/> alone in one transaction, committed when it returns.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
        => AloneAsync(() => InTransaction(work), cancellationToken);

    /// <summary>The blocking form of <see cref="WriteAsync{T}"/>, for start-up work that runs before any request.</summary>
    public T Write<T>(Func<SqliteConnection, T> work)
    {
        gate.Wait();
        try
        {
            return InTransaction(work);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> alone in one transaction, committed when it returns.</summary>
    public Task WriteAsync(Action<SqliteConnection> work, CancellationToken cancellationToken)
        => WriteAsync<bool>(c =>
        {
            work(c);
            return true;
        }, cancellationToken);

    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }

    private async Task<T> AloneAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return work();
        }
        finally
        {
            gate.Release();
        }
    }

    private T InTransaction<T>(Func<SqliteConnection, T> work)
    {
        // Plain BEGIN/COMMIT statements, so that every command of the turn runs in the transaction without
        // carrying a transaction object.
        connection.Run("BEGIN IMMEDIATE");
        try
        {
            var result = work(connection);
            connection.Run("COMMIT");
            return result;
        }
        catch
        {
            connection.Run("ROLLBACK");
            throw;
        }
    }

    private static string BuildConnectionString(EmulatorOptions settings)
    {
        if (settings.Storage == StorageMode.InMemory)
        {
            return new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString();
        }

        var folder = Path.GetFullPath(settings.DataFolder);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "emulator.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
    }

}
