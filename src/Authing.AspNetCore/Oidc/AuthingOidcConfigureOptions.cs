using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Binds each OIDC scheme's options from configuration: the <c>Authing</c> section (its <c>Oidc</c> keys and
/// <c>RestBase</c>) for the default scheme, then <c>Authentication:Schemes:&lt;scheme&gt;</c> for every scheme.
/// Runs before the delegate given to <c>AddAuthingOidc</c>.
/// </summary>
internal sealed class AuthingOidcConfigureOptions(IConfiguration configuration, IAuthenticationConfigurationProvider schemes)
    : IConfigureNamedOptions<AuthingOidcOptions>
{
    public void Configure(string? name, AuthingOidcOptions options)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        if (name == AuthingOidcDefaults.AuthenticationScheme)
        {
            AuthingOidcConfigurationBinder.Bind(configuration.GetSection(AuthingDefaults.ConfigurationSection), options);
        }

        AuthingOidcConfigurationBinder.BindOidcKeys(schemes.GetSchemeConfiguration(name), options);
    }

    public void Configure(AuthingOidcOptions options) => Configure(Options.DefaultName, options);
}
