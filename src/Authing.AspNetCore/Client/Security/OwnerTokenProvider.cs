using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Client;

/// <summary>
/// Holds the OwnerToken of one client: the configured one, or one obtained with the pool secret, cached until
/// shortly before its <c>exp</c> and renewed by a single request however many callers wait for it.
/// A failed renewal is not cached; a caller that gives up does not cancel the renewal for the others.
/// </summary>
internal sealed class OwnerTokenProvider(
    string clientName,
    Func<CancellationToken, Task<string>> fetchToken,
    TimeProvider timeProvider,
    ILogger logger)
{
    /// <summary>How long before <c>exp</c> a token is renewed (at most half its remaining lifetime).</summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    /// <summary>How long a token without <c>exp</c> is kept.</summary>
    public static readonly TimeSpan LifetimeWithoutExpiry = TimeSpan.FromHours(1);

    private readonly Lock gate = new();
    private CachedToken? cached;
    private Task<CachedToken>? renewal;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<CachedToken> pending;
        lock (gate)
        {
            if (cached is { } current && timeProvider.GetUtcNow() < current.RenewAt)
            {
                return current.Token;
            }

            pending = renewal ??= Task.Run(RenewAsync, CancellationToken.None);
        }

        var renewed = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        return renewed.Token;
    }

    private async Task<CachedToken> RenewAsync()
    {
        try
        {
            var token = await fetchToken(CancellationToken.None).ConfigureAwait(false);
            var entry = new CachedToken(token, RenewAt(token));
            lock (gate)
            {
                cached = entry;
            }

            AuthingClientLog.OwnerTokenRenewed(logger, clientName, entry.RenewAt);
            return entry;
        }
        finally
        {
            lock (gate)
            {
                renewal = null;
            }
        }
    }

    private DateTimeOffset RenewAt(string token)
    {
        var now = timeProvider.GetUtcNow();
        if (JwtExpiryReader.ReadExpiry(token) is not { } expiry)
        {
            return now + LifetimeWithoutExpiry;
        }

        var remaining = expiry - now;
        var margin = remaining > RenewalMargin * 2 ? RenewalMargin : remaining / 2;
        return expiry - margin;
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);
}
