using System.Collections.Concurrent;
using System.Text.Json;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Authing's verdicts on tokens, reused: a bounded in-memory cache per scheme, then the app's
/// <see cref="IDistributedCache"/> when one is registered, then one call to Authing per token however many requests wait.
/// Acceptances live until the earlier of <see cref="AuthingOptions.CacheDuration"/> and the token's <c>exp</c>,
/// rejections for <see cref="AuthingOptions.NegativeCacheDuration"/>; upstream failures are never kept.
/// </summary>
internal sealed class AuthingTokenCache(
    IAuthingTokenIntrospector introspector,
    TimeProvider timeProvider,
    ILogger<AuthingTokenCache> logger,
    AuthingInstrumentation instrumentation,
    IDistributedCache? distributedCache = null) : IDisposable
{
    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Authing's answer for an expired token (code 2206), given when Authing accepts a token whose <c>exp</c> has passed.</summary>
    private static readonly AuthingTokenIntrospection Expired = new(false, 2206, "登录信息已过期", null);

    private readonly ConcurrentDictionary<string, Lazy<MemoryCache>> partitions = new(StringComparer.Ordinal);
    private readonly SingleFlight<AuthingTokenIntrospection> flights = new();

    /// <summary>
    /// Authing's verdict on <paramref name="token"/>, whose <see cref="AuthingCacheKey.Hash"/> the caller gives (see
    /// <see cref="ConnectionTokenHash"/>): from memory without awaiting anything when it is there (the warm path
    /// allocates nothing), otherwise from the distributed cache or Authing.
    /// </summary>
    public ValueTask<AuthingTokenIntrospection> GetAsync(string scheme, string token, string tokenHash, AuthingOptions options, CancellationToken cancellationToken)
    {
        MemoryCache memory = PartitionOf(scheme, options);
        if (TryGetFresh(memory, tokenHash, out AuthingTokenIntrospection? cached))
        {
            instrumentation.CacheHit(AuthingDiagnostics.LayerMemory);
            return ValueTask.FromResult(cached);
        }

        instrumentation.CacheMiss(AuthingDiagnostics.LayerMemory);
        return new ValueTask<AuthingTokenIntrospection>(ValidateOnceAsync(memory, tokenHash, scheme, token, options, cancellationToken));
    }

    public void Dispose()
    {
        foreach (Lazy<MemoryCache> partition in partitions.Values)
        {
            if (partition.IsValueCreated)
            {
                partition.Value.Dispose();
            }
        }
    }

    private MemoryCache PartitionOf(string scheme, AuthingOptions options) =>
        partitions.GetOrAdd(
            scheme,
            static (_, sizeLimit) => new Lazy<MemoryCache>(() => new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit })),
            options.MemoryCacheSizeLimit).Value;

    /// <summary>The miss path, apart so that the hit path allocates no closure.</summary>
    private Task<AuthingTokenIntrospection> ValidateOnceAsync(
        MemoryCache memory, string tokenHash, string scheme, string token, AuthingOptions options, CancellationToken cancellationToken)
    {
        string key = AuthingCacheKey.WithHash(options.CacheKeyPrefix, scheme, tokenHash);
        return flights.RunAsync(
            key,
            flightCancellation => ValidateAsync(memory, tokenHash, key, scheme, token, options, flightCancellation),
            cancellationToken);
    }

    private async Task<AuthingTokenIntrospection> ValidateAsync(
        MemoryCache memory, string tokenHash, string key, string scheme, string token, AuthingOptions options, CancellationToken cancellationToken)
    {
        if (TryGetFresh(memory, tokenHash, out AuthingTokenIntrospection? cached))
        {
            return cached;
        }

        AuthingCacheEntry? shared = await ReadSharedAsync(key, scheme, cancellationToken).ConfigureAwait(false);
        if (shared is not null)
        {
            Remember(memory, shared);
            return shared.Introspection;
        }

        AuthingTokenIntrospection answer = await introspector.IntrospectAsync(scheme, token, options.ValidationMode, cancellationToken).ConfigureAwait(false);
        if (answer.Active && !IsUsable(answer.Claims))
        {
            throw new InvalidOperationException("Authing accepted the token but returned no user id or an impossible iat/exp.");
        }

        DateTimeOffset now = timeProvider.GetUtcNow();
        if (answer.Active && answer.Claims!.ExpiresAt <= now.ToUnixTimeSeconds())
        {
            answer = Expired;
        }

        DateTimeOffset expiresAt = ExpiryOf(answer, now, options);
        if (expiresAt > now)
        {
            var entry = new AuthingCacheEntry(answer, expiresAt);
            Remember(memory, entry);
            await WriteSharedAsync(key, scheme, entry, expiresAt - now, cancellationToken).ConfigureAwait(false);
        }

        return answer;

        void Remember(MemoryCache cache, AuthingCacheEntry entry)
        {
            TimeSpan left = entry.ExpiresAt - timeProvider.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                cache.Set(tokenHash, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left });
            }
        }
    }

    private static bool IsUsable(AuthingTokenClaims? claims) =>
        !string.IsNullOrEmpty(claims?.UserId) && IsUnixSeconds(claims.IssuedAt) && IsUnixSeconds(claims.ExpiresAt);

    private static bool IsUnixSeconds(long? seconds) =>
        seconds is null || (seconds >= MinUnixSeconds && seconds <= MaxUnixSeconds);

    private static DateTimeOffset ExpiryOf(AuthingTokenIntrospection answer, DateTimeOffset now, AuthingOptions options)
    {
        if (!answer.Active)
        {
            return now + options.NegativeCacheDuration;
        }

        DateTimeOffset configured = now + options.CacheDuration;
        return answer.Claims?.ExpiresAt is long exp && exp < configured.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : configured;
    }

    private bool TryGetFresh(MemoryCache memory, string tokenHash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AuthingTokenIntrospection? introspection)
    {
        if (memory.TryGetValue(tokenHash, out AuthingCacheEntry? entry) && entry is not null)
        {
            if (entry.ExpiresAt > timeProvider.GetUtcNow())
            {
                introspection = entry.Introspection;
                return true;
            }

            memory.Remove(tokenHash);
        }

        introspection = null;
        return false;
    }

    private async Task<AuthingCacheEntry?> ReadSharedAsync(string key, string scheme, CancellationToken cancellationToken)
    {
        if (distributedCache is null)
        {
            return null;
        }

        try
        {
            byte[]? bytes = await distributedCache.GetAsync(key, cancellationToken).ConfigureAwait(false);
            AuthingCacheEntry? entry = bytes is null ? null : JsonSerializer.Deserialize(bytes, AuthingCacheJsonContext.Default.AuthingCacheEntry);
            bool fresh = entry is not null && entry.ExpiresAt > timeProvider.GetUtcNow();
            if (fresh)
            {
                instrumentation.CacheHit(AuthingDiagnostics.LayerDistributed);
                return entry;
            }

            instrumentation.CacheMiss(AuthingDiagnostics.LayerDistributed);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DistributedCacheReadFailed(scheme, exception);
            return null;
        }
    }

    private async Task WriteSharedAsync(string key, string scheme, AuthingCacheEntry entry, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (distributedCache is null)
        {
            return;
        }

        try
        {
            byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(entry, AuthingCacheJsonContext.Default.AuthingCacheEntry);
            await distributedCache.SetAsync(key, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.DistributedCacheWriteFailed(scheme, exception);
        }
    }
}
