using Microsoft.IdentityModel.Protocols;

namespace Authing.AspNetCore.Oidc;

/// <summary>Builds the cached, refreshing reader of a provider's discovery document and JWKS.</summary>
internal static class AuthingOidcMetadata
{
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(1);

    public static AuthingOidcConfigurationManager CreateManager(
        Uri metadataAddress, HttpClient httpClient, bool requireHttps, TimeSpan refreshInterval, TimeSpan automaticRefreshInterval, TimeProvider timeProvider) =>
        new(
            metadataAddress,
            new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps },
            refreshInterval < MinimumRefreshInterval ? MinimumRefreshInterval : refreshInterval,
            automaticRefreshInterval < MinimumRefreshInterval ? MinimumRefreshInterval : automaticRefreshInterval,
            timeProvider);
}
