using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Authing.AspNetCore.Oidc;

/// <summary>Builds the cached, refreshing reader of a provider's discovery document and JWKS.</summary>
internal static class AuthingOidcMetadata
{
    public static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(
        Uri metadataAddress, HttpClient httpClient, bool requireHttps, TimeSpan refreshInterval, TimeSpan automaticRefreshInterval) =>
        new(metadataAddress.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps })
        {
            RefreshInterval = refreshInterval < ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval
                ? ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval
                : refreshInterval,
            AutomaticRefreshInterval = automaticRefreshInterval < ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval
                ? ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval
                : automaticRefreshInterval,
        };
}
