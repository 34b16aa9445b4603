using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Fills what the app left unset from the authority: the discovery address, the endpoints used when the discovery
/// document lacks them, the backchannel (from <see cref="IHttpClientFactory"/>) and the cached, refreshing
/// <see cref="AuthingOidcConfigurationManager"/>. Never overrides what the app set.
/// </summary>
internal sealed class AuthingOidcPostConfigureOptions(IHttpClientFactory httpClients, TimeProvider timeProvider) : IPostConfigureOptions<AuthingOidcOptions>
{
    public void PostConfigure(string? name, AuthingOidcOptions options)
    {
        if (options.Authority is null)
        {
            return;
        }

        string authority = options.Authority.AbsoluteUri.TrimEnd('/');
        options.MetadataAddress ??= new Uri(authority + "/.well-known/openid-configuration");
        options.AuthorizationEndpoint ??= authority + "/auth";
        options.TokenEndpoint ??= authority + "/token";
        options.UserInformationEndpoint ??= authority + "/me";
        options.Backchannel ??= httpClients.CreateClient(AuthingOidcDefaults.HttpClientName);
        options.ConfigurationManager ??= AuthingOidcMetadata.CreateManager(
            options.MetadataAddress, options.Backchannel, options.RequireHttpsMetadata, options.MetadataRefreshInterval, options.AutomaticMetadataRefreshInterval, timeProvider);
    }
}
