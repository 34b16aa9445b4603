using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authing OIDC scheme, which signs users in with Authing's OpenID Connect provider.</summary>
public static class AuthingOidcExtensions
{
    /// <summary>
    /// Adds the OIDC scheme <see cref="AuthingOidcDefaults.AuthenticationScheme"/>, configured from the <c>Authing</c>
    /// section (<c>Authing:Oidc:ClientId</c>, <c>ClientSecret</c>, ...; the authority from <c>Authing:Oidc:Authority</c>
    /// or <c>Authing:RestBase</c>) and <c>Authentication:Schemes:AuthingOidc</c>. Options are validated at start-up.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingOidc(this AuthenticationBuilder builder) =>
        builder.AddAuthingOidc(AuthingOidcDefaults.AuthenticationScheme, static _ => { });

    /// <summary>
    /// Adds the OIDC scheme <see cref="AuthingOidcDefaults.AuthenticationScheme"/>; <paramref name="configureOptions"/>
    /// runs after the configuration sections were bound.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configureOptions">Configures the scheme's options.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingOidc(this AuthenticationBuilder builder, Action<AuthingOidcOptions> configureOptions) =>
        builder.AddAuthingOidc(AuthingOidcDefaults.AuthenticationScheme, configureOptions);

    /// <summary>
    /// Adds an OIDC scheme named <paramref name="authenticationScheme"/> whose options are read from
    /// <paramref name="configuration"/>, an <c>Authing</c>-style section (its <c>Oidc</c> keys and <c>RestBase</c>).
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configuration">The section holding the scheme's settings.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingOidc(this AuthenticationBuilder builder, string authenticationScheme, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return builder.AddAuthingOidc(authenticationScheme, options => AuthingOidcConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Adds an OIDC scheme named <paramref name="authenticationScheme"/>; <paramref name="configureOptions"/> runs after
    /// the <c>Authentication:Schemes:&lt;scheme&gt;</c> configuration section was bound. Options are validated at start-up.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configureOptions">Configures the scheme's options.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingOidc(this AuthenticationBuilder builder, string authenticationScheme, Action<AuthingOidcOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(AuthingOidcDefaults.HttpClientName);
        builder.Services.TryAddSingleton<AuthingOidcIdTokenValidator>();
        builder.Services.TryAddSingleton<AuthingOidcSessionRefresher>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AuthingOidcOptions>, AuthingOidcConfigureOptions>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AuthingOidcOptions>, AuthingOidcPostConfigureOptions>());
        builder.Services.AddOptions<AuthingOidcOptions>(authenticationScheme).ValidateOnStart();
        return builder.AddOAuth<AuthingOidcOptions, AuthingOidcHandler>(authenticationScheme, AuthingOidcDefaults.DisplayName, configureOptions);
    }
}
