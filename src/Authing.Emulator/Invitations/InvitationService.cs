using Authing.Emulator.Formats;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;

namespace Authing.Emulator.Invitations;

/// <summary>The phone registration whitelist of each pool (Authing's "invitation" operations).</summary>
public sealed class InvitationService
{
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;

    internal InvitationService(EmulatorDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>Whether the whitelist is on; off until it is first set.</summary>
    public Task<InvitationState> GetStateAsync(UserPool pool, CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => InvitationStore.State(connection, pool.Id) ?? new InvitationState(pool.Id, false, pool.CreatedAt, pool.CreatedAt),
            cancellationToken);

    /// <summary>Turns the whitelist on or off; null leaves it as it is.</summary>
    public Task<InvitationState> SetStateAsync(UserPool pool, bool? enable, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.WriteAsync(
            connection =>
            {
                var current = InvitationStore.State(connection, pool.Id);
                var state = new InvitationState(pool.Id, enable ?? current?.EnableQrCode ?? false, current?.CreatedAt ?? now, now);
                InvitationStore.SaveState(connection, state);
                return state;
            },
            cancellationToken);
    }

    /// <summary>Adds a phone to the whitelist.</summary>
    public Task<InvitedPhone> AddAsync(UserPool pool, string? phone, CancellationToken cancellationToken)
        => ChangeAsync(pool, phone, "INSERT OR IGNORE INTO invitation_phones (pool_id, phone) VALUES ($p0, $p1)", cancellationToken);

    /// <summary>Removes a phone from the whitelist.</summary>
    public Task<InvitedPhone> RemoveAsync(UserPool pool, string? phone, CancellationToken cancellationToken)
        => ChangeAsync(pool, phone, "DELETE FROM invitation_phones WHERE pool_id = $p0 AND phone = $p1", cancellationToken);

    /// <summary>The whitelisted phones.</summary>
    public Task<List<InvitedPhone>> ListAsync(UserPool pool, CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => InvitationStore.Phones(connection, pool.Id).Select(phone => new InvitedPhone(pool.Id, phone)).ToList(),
            cancellationToken);

    private Task<InvitedPhone> ChangeAsync(UserPool pool, string? phone, string sql, CancellationToken cancellationToken)
    {
        var number = InputRules.Required(phone, "qrCodePhone");
        return database.WriteAsync(
            connection =>
            {
                connection.Run(sql, pool.Id, number);
                return new InvitedPhone(pool.Id, number);
            },
            cancellationToken);
    }
}
