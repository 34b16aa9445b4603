using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authing bearer scheme, which authenticates requests by their Authing UserToken.</summary>
public static class AuthingExtensions
{
    /// <summary>
    /// Adds the Authing scheme under <see cref="AuthingDefaults.AuthenticationScheme"/>, configured from the
    /// <c>Authing</c> and <c>Authentication:Schemes:Authing</c> configuration sections, and the Authing client it
    /// validates tokens with (same name, same sections: user pool, gateways, timeouts).
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthing(this AuthenticationBuilder builder) =>
        builder.AddAuthing(AuthingDefaults.AuthenticationScheme, static _ => { });

    /// <summary>
    /// Adds the Authing scheme under <see cref="AuthingDefaults.AuthenticationScheme"/>; <paramref name="configureOptions"/>
    /// runs after the configuration sections were bound.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configureOptions">Configures the scheme's options.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthing(this AuthenticationBuilder builder, Action<AuthingOptions> configureOptions) =>
        builder.AddAuthing(AuthingDefaults.AuthenticationScheme, configureOptions);

    /// <summary>
    /// Adds an Authing scheme named <paramref name="authenticationScheme"/> whose options are read from
    /// <paramref name="configuration"/> (keys named as the <see cref="AuthingOptions"/> properties), and the Authing
    /// client it validates tokens with, bound to the same section (keys named as the <c>AuthingClientOptions</c> properties).
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configuration">The configuration section holding the scheme's options.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthing(this AuthenticationBuilder builder, string authenticationScheme, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddAuthingCore(authenticationScheme, configuration, options => AuthingConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Adds an Authing scheme named <paramref name="authenticationScheme"/>, with its own options and its own cache
    /// partition (one scheme per user pool); <paramref name="configureOptions"/> runs after the
    /// <c>Authentication:Schemes:&lt;scheme&gt;</c> configuration section was bound. Options are validated at start-up.
    /// <para>
    /// Tokens are validated by the Authing client registered under the scheme's name: registered here from the same
    /// configuration sections unless the app called <c>services.AddAuthingClient(scheme, ...)</c> itself. An app may
    /// also register its own <see cref="IAuthingTokenIntrospector"/> before this call.
    /// </para>
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configureOptions">Configures the scheme's options.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthing(this AuthenticationBuilder builder, string authenticationScheme, Action<AuthingOptions> configureOptions) =>
        builder.AddAuthingCore(authenticationScheme, clientSection: null, configureOptions);

    private static AuthenticationBuilder AddAuthingCore(
        this AuthenticationBuilder builder,
        string authenticationScheme,
        IConfiguration? clientSection,
        Action<AuthingOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<AuthingTokenCache>();
        builder.Services.TryAddSingleton<IAuthingTokenIntrospector, AuthingClientTokenIntrospector>();
        builder.Services.TryAddSingleton<AuthingOidcAccessTokenValidator>();
        builder.Services.AddHttpClient(AuthingOidcDefaults.HttpClientName);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AuthingOptions>, AuthingOidcBearerPostConfigureOptions>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AuthingOptions>, AuthingConfigureOptions>());
        builder.Services.AddOptions<AuthingOptions>(authenticationScheme).ValidateOnStart();
        builder.Services.AddAuthingClientForScheme(authenticationScheme, clientSection);
        return builder.AddScheme<AuthingOptions, AuthingHandler>(authenticationScheme, displayName: null, configureOptions);
    }
}
