using Authing.AspNetCore.Admin;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Authing admin API: user-management routes that proxy to Authing with the pool's OwnerToken.</summary>
public static class AuthingAdminApiExtensions
{
    /// <summary>
    /// Adds the admin API for the <see cref="AuthingDefaults.AuthenticationScheme"/> scheme's Authing client, configured
    /// from the <c>Authing:AdminApi</c> configuration section. Map it with <c>app.MapControllers()</c>.
    /// </summary>
    /// <param name="builder">The authentication builder, on which <c>AddAuthing()</c> was called.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingAdminApi(this AuthenticationBuilder builder) =>
        builder.AddAuthingAdminApi(AuthingDefaults.AuthenticationScheme, static _ => { });

    /// <summary>
    /// Adds the admin API for the <see cref="AuthingDefaults.AuthenticationScheme"/> scheme's Authing client;
    /// <paramref name="configureOptions"/> runs after the <c>Authing:AdminApi</c> section was bound.
    /// </summary>
    /// <param name="builder">The authentication builder, on which <c>AddAuthing()</c> was called.</param>
    /// <param name="configureOptions">Configures the admin API, for example its <see cref="AuthingAdminApiOptions.PolicyName"/>.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingAdminApi(this AuthenticationBuilder builder, Action<AuthingAdminApiOptions> configureOptions) =>
        builder.AddAuthingAdminApi(AuthingDefaults.AuthenticationScheme, configureOptions);

    /// <summary>
    /// Adds the admin API, proxying through the Authing client of the scheme <paramref name="authenticationScheme"/> (added
    /// before with <c>AddAuthing</c>). Its routes answer only callers who satisfy <see cref="AuthingAdminApiOptions.PolicyName"/>;
    /// with no policy every call is refused. Options are validated at start-up; map the routes with <c>app.MapControllers()</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The Authing scheme whose client (user pool, secret) the admin API uses.</param>
    /// <param name="configureOptions">Configures the admin API; runs after the <c>Authing:AdminApi</c> section was bound.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingAdminApi(this AuthenticationBuilder builder, string authenticationScheme, Action<AuthingAdminApiOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        ArgumentNullException.ThrowIfNull(configureOptions);
        IServiceCollection services = builder.Services;
        bool hasClient = services.Any(descriptor => descriptor.ImplementationInstance is AuthingClientRegistration registration && registration.Name == authenticationScheme);
        if (!hasClient)
        {
            throw new InvalidOperationException(
                $"AddAuthingAdminApi proxies through the Authing client of the scheme '{authenticationScheme}': call AddAuthing() for that scheme on the authentication builder first.");
        }

        if (services.Any(descriptor => descriptor.ServiceType == typeof(AuthingAdminApiRegistration)))
        {
            throw new InvalidOperationException("AddAuthingAdminApi was called twice; an app serves one admin API.");
        }

        services.AddSingleton(new AuthingAdminApiRegistration(authenticationScheme));
        services.AddOptions<AuthingAdminApiOptions>()
            .BindConfiguration(AuthingAdminApiDefaults.ConfigurationSection)
            .Configure(configureOptions)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthingAdminApiOptions>, AuthingAdminApiOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MvcOptions>, AuthingAdminMvcSetup>());
        services.AddSingleton<AuthingAdminAuthorizationFilter>();
        services.AddSingleton<AuthingAdminExceptionFilter>();
        services.AddHostedService<AuthingAdminStartupCheck>();
        services.AddControllers().ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new AuthingAdminControllerFeatureProvider()));
        return builder;
    }
}
