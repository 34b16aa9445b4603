using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// For an Authing bearer scheme in <see cref="AuthingValidationMode.OidcAccessToken"/> mode, fills the authority from the
/// scheme's Authing client (<c>{RestBase}/oauth/oidc</c>) and builds the cached, refreshing reader of the provider's
/// discovery document and JWKS; never overrides what the app set.
/// </summary>
internal sealed class AuthingOidcBearerPostConfigureOptions(IOptionsMonitor<AuthingClientOptions> clients, IHttpClientFactory httpClients, TimeProvider timeProvider)
    : IPostConfigureOptions<AuthingOptions>
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    public void PostConfigure(string? name, AuthingOptions options)
    {
        if (options.ValidationMode != AuthingValidationMode.OidcAccessToken || name is null)
        {
            return;
        }

        options.OidcAuthority ??= AuthingOidcConfigurationBinder.AuthorityFrom(clients.Get(name).RestBase);
        options.OidcConfigurationManager ??= AuthingOidcMetadata.CreateManager(
            new Uri(options.OidcAuthority.AbsoluteUri.TrimEnd('/') + "/.well-known/openid-configuration"),
            httpClients.CreateClient(AuthingOidcDefaults.HttpClientName),
            options.OidcRequireHttpsMetadata,
            RefreshInterval,
            AutomaticRefreshInterval,
            timeProvider);
    }
}
