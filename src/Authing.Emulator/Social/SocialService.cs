using System.Text.Json;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;

namespace Authing.Emulator.Social;

/// <summary>The social logins users bind to their accounts.</summary>
public sealed class SocialService
{
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;

    internal SocialService(EmulatorDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>The user's bindings.</summary>
    public Task<List<OAuthBinding>> BindingsAsync(UserPool pool, string userId, CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => connection.Strings("SELECT doc FROM oauth_bindings WHERE pool_id = $p0 AND user_id = $p1 ORDER BY rowid", pool.Id, userId)
                .Select(doc => JsonSerializer.Deserialize(doc, StorageJson.Default.OAuthBinding)!)
                .ToList(),
            cancellationToken);

    /// <summary>Binds a social login of <paramref name="type"/> to the user; one binding per type.</summary>
    public Task<OAuthBinding> BindAsync(UserPool pool, string userId, string? type, string? unionid, string? userInfo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var binding = new OAuthBinding(
            ObjectId.New(now),
            userId,
            pool.Id,
            InputRules.Required(type, "type"),
            InputRules.Required(unionid, "unionid"),
            userInfo ?? string.Empty,
            now);
        return database.WriteAsync(
            connection =>
            {
                if (connection.Long("SELECT COUNT(*) FROM users WHERE pool_id = $p0 AND id = $p1", pool.Id, userId) == 0)
                {
                    throw new AuthingException(AuthingErrors.UserNotFound);
                }

                if (connection.Long("SELECT COUNT(*) FROM oauth_bindings WHERE user_id = $p0 AND type = $p1", userId, binding.Type) > 0)
                {
                    throw new AuthingException(AuthingErrors.OAuthBindingConflict);
                }

                connection.Run(
                    "INSERT INTO oauth_bindings (id, pool_id, user_id, type, doc) VALUES ($p0, $p1, $p2, $p3, $p4)",
                    binding.Id,
                    pool.Id,
                    userId,
                    binding.Type,
                    JsonSerializer.Serialize(binding, StorageJson.Default.OAuthBinding));
                return binding;
            },
            cancellationToken);
    }

    /// <summary>Removes the user's binding of <paramref name="type"/> and returns it.</summary>
    public Task<OAuthBinding> UnbindAsync(UserPool pool, string userId, string? type, CancellationToken cancellationToken)
    {
        var provider = InputRules.Required(type, "type");
        return database.WriteAsync(
            connection =>
            {
                var doc = connection.String("SELECT doc FROM oauth_bindings WHERE pool_id = $p0 AND user_id = $p1 AND type = $p2", pool.Id, userId, provider)
                    ?? throw new AuthingException(AuthingErrors.OAuthBindingNotFound);
                connection.Run("DELETE FROM oauth_bindings WHERE user_id = $p0 AND type = $p1", userId, provider);
                return JsonSerializer.Deserialize(doc, StorageJson.Default.OAuthBinding)!;
            },
            cancellationToken);
    }
}
