using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Reads a provider's discovery document and JWKS, keeps them for the automatic refresh interval and fetches them again
/// on <see cref="RequestRefresh"/> (a token signed with an unknown key): the first request at once, later ones at most
/// once per refresh interval. Unlike the
/// IdentityModel manager, a requested refresh completes before <see cref="GetConfigurationAsync"/> returns, so the token
/// that asked for it is validated against the new keys. One fetch is in flight at a time; when a refetch fails, the
/// last good document is kept.
/// </summary>
internal sealed class AuthingOidcConfigurationManager(
    Uri metadataAddress,
    IDocumentRetriever retriever,
    TimeSpan refreshInterval,
    TimeSpan automaticRefreshInterval,
    TimeProvider timeProvider) : IConfigurationManager<OpenIdConnectConfiguration>, IDisposable
{
    private readonly SemaphoreSlim fetching = new(1, 1);
    private volatile Snapshot? current;
    private volatile bool refreshRequested;
    private volatile bool refreshedOnRequest;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (current is { } known && !NeedsFetch(known))
        {
            return known.Configuration;
        }

        await fetching.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            Snapshot? last = current;
            if (last is not null && !NeedsFetch(last))
            {
                return last.Configuration;
            }

            DateTimeOffset now = timeProvider.GetUtcNow();
            refreshRequested = false;
            try
            {
                OpenIdConnectConfiguration fetched = await OpenIdConnectConfigurationRetriever.GetAsync(metadataAddress.AbsoluteUri, retriever, cancel).ConfigureAwait(false);
                current = new Snapshot(fetched, now, now + automaticRefreshInterval);
                return fetched;
            }
            catch (Exception) when (last is not null && !cancel.IsCancellationRequested)
            {
                current = last with { SyncAfter = now + refreshInterval };
                return last.Configuration;
            }
        }
        finally
        {
            fetching.Release();
        }
    }

    public void RequestRefresh()
    {
        if (current is not { } known || !refreshedOnRequest || timeProvider.GetUtcNow() >= known.FetchedAt + refreshInterval)
        {
            refreshedOnRequest = true;
            refreshRequested = true;
        }
    }

    public void Dispose() => fetching.Dispose();

    private bool NeedsFetch(Snapshot snapshot) => refreshRequested || timeProvider.GetUtcNow() >= snapshot.SyncAfter;

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt, DateTimeOffset SyncAfter);
}
