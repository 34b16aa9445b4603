using Authing.Emulator.Errors;
using Authing.Emulator.Storage;
using Authing.Emulator.Users;

namespace Authing.Emulator.Mfa;

/// <summary>The users' MFA records: <c>queryMFA</c> and <c>changeMFA</c>.</summary>
public sealed class MfaService
{
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;

    internal MfaService(EmulatorDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>The record with MFA id <paramref name="id"/>, or a business error when there is none.</summary>
    public async Task<MfaSettings> FindAsync(string id, CancellationToken cancellationToken)
        => await database.ReadAsync(connection => MfaStore.Find(connection, id), cancellationToken).ConfigureAwait(false)
            ?? throw new AuthingException(AuthingErrors.MfaNotFound);

    /// <summary>The user's record, created (off, with a new secret) the first time it is asked for.</summary>
    public Task<MfaSettings> GetAsync(string poolId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                RequireUser(connection, poolId, userId);
                return MfaStore.GetOrCreate(connection, poolId, userId, now);
            },
            cancellationToken);
    }

    /// <summary>Turns the user's MFA on or off; <paramref name="refreshKey"/> replaces the secret (and forgets the last used code).</summary>
    public Task<MfaSettings> ChangeAsync(string poolId, string userId, bool enable, bool refreshKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                RequireUser(connection, poolId, userId);
                var current = MfaStore.GetOrCreate(connection, poolId, userId, now);
                var changed = refreshKey
                    ? current with { Enable = enable, ShareKey = MfaStore.NewShareKey(), LastUsedStep = null }
                    : current with { Enable = enable };
                MfaStore.Save(connection, changed);
                return changed;
            },
            cancellationToken);
    }

    private static void RequireUser(Microsoft.Data.Sqlite.SqliteConnection connection, string poolId, string userId)
    {
        if (UserStore.Find(connection, poolId, userId) is null)
        {
            throw new AuthingException(AuthingErrors.UserNotFound);
        }
    }
}
