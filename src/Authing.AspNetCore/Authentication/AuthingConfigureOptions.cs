using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Binds each scheme's options from configuration: the <c>Authing</c> section for the default scheme, then
/// <c>Authentication:Schemes:&lt;scheme&gt;</c> for every scheme. Runs before the delegate given to <c>AddAuthing</c>.
/// </summary>
internal sealed class AuthingConfigureOptions(IConfiguration configuration, IAuthenticationConfigurationProvider schemes)
    : IConfigureNamedOptions<AuthingOptions>
{
    public void Configure(string? name, AuthingOptions options)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        if (name == AuthingDefaults.AuthenticationScheme)
        {
            AuthingConfigurationBinder.Bind(configuration.GetSection(AuthingDefaults.ConfigurationSection), options);
        }

        AuthingConfigurationBinder.Bind(schemes.GetSchemeConfiguration(name), options);
    }

    public void Configure(AuthingOptions options) => Configure(Options.DefaultName, options);
}
