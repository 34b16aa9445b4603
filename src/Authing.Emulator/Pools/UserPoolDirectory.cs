using System.Security.Cryptography;
using System.Text.Json;
using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Storage;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Pools;

/// <summary>
/// The pools of this emulator. At start the configured pools are created or updated; when none is configured the
/// default pool (<see cref="EmulatorDefaults.DefaultUserPoolId"/>) is created with a secret generated once and kept.
/// </summary>
public sealed class UserPoolDirectory
{
    private readonly Dictionary<string, UserPool> pools;

    internal UserPoolDirectory(EmulatorDatabase database, IOptions<EmulatorOptions> options, TimeProvider time)
    {
        var configured = options.Value.UserPools.Count > 0
            ? options.Value.UserPools.ToList()
            : [new UserPoolOptions { Id = EmulatorDefaults.DefaultUserPoolId, Name = EmulatorDefaults.DefaultUserPoolName }];
        var seeded = database.Write(connection => configured.Select(pool =>
        {
            var id = pool.Id.ToLowerInvariant();
            var storedJson = connection.String("SELECT doc FROM pools WHERE id = $p0", id);
            var stored = storedJson is null ? null : JsonSerializer.Deserialize(storedJson, StorageJson.Default.UserPool);
            var result = new UserPool(
                id,
                string.IsNullOrEmpty(pool.Secret) ? stored?.Secret ?? NewSecret() : pool.Secret,
                string.IsNullOrWhiteSpace(pool.Name) ? stored?.Name ?? id : pool.Name,
                stored?.JwtSecret ?? NewSecret(),
                stored?.CreatedAt ?? time.GetUtcNow());
            connection.Run(
                "INSERT INTO pools (id, doc) VALUES ($p0, $p1) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
                id,
                JsonSerializer.Serialize(result, StorageJson.Default.UserPool));
            return result;
        }).ToList());
        pools = seeded.ToDictionary(pool => pool.Id, StringComparer.OrdinalIgnoreCase);
        All = seeded;
    }

    /// <summary>The pools, in configuration order.</summary>
    public IReadOnlyList<UserPool> All { get; }

    /// <summary>Finds a pool by id.</summary>
    public UserPool? Find(string? id) => id is null ? null : pools.GetValueOrDefault(id);

    /// <summary>Finds a pool by id, or fails with a business error.</summary>
    public UserPool Get(string? id)
    {
        if (!ObjectId.IsValid(id))
        {
            throw new AuthingException(AuthingErrors.InvalidObjectId("clientId"));
        }

        return Find(id) ?? throw new AuthingException(AuthingErrors.UserPoolNotFound);
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
