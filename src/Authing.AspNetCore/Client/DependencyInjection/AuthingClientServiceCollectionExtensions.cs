using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Authing clients: named options, a named <see cref="HttpClient"/> and <see cref="IAuthingClientFactory"/>.</summary>
public static class AuthingClientServiceCollectionExtensions
{
    /// <summary>Registers the Authing client named <see cref="AuthingClientDefaults.Name"/>, also injectable as <see cref="AuthingClient"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddAuthingClient(this IServiceCollection services, Action<AuthingClientOptions> configure) =>
        services.AddAuthingClient(AuthingClientDefaults.Name, configure);

    /// <summary>Registers the Authing client named <see cref="AuthingClientDefaults.Name"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <see cref="AuthingClientOptions"/>.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddAuthingClient(this IServiceCollection services, IConfiguration section) =>
        services.AddAuthingClient(AuthingClientDefaults.Name, section);

    /// <summary>Registers an Authing client under <paramref name="name"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client name, passed to <see cref="IAuthingClientFactory.GetClient"/>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddAuthingClient(this IServiceCollection services, string name, Action<AuthingClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddAuthingClientCore(name, builder => builder.Configure(configure));
    }

    /// <summary>Registers an Authing client under <paramref name="name"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client name, passed to <see cref="IAuthingClientFactory.GetClient"/>.</param>
    /// <param name="section">The section holding <see cref="AuthingClientOptions"/>.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddAuthingClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddAuthingClientCore(name, builder => builder.Bind(section));
    }

    /// <summary>
    /// Registers the client an Authing scheme talks to, named after the scheme, unless the app registered one under
    /// that name already. It is bound to <paramref name="section"/> when given; otherwise to the <c>Authing</c> section
    /// (default scheme only) and then <c>Authentication:Schemes:&lt;scheme&gt;</c>.
    /// </summary>
    internal static void AddAuthingClientForScheme(this IServiceCollection services, string scheme, IConfiguration? section)
    {
        bool registered = services.Any(descriptor =>
            descriptor.ServiceType == typeof(AuthingClientRegistration)
            && descriptor.ImplementationInstance is AuthingClientRegistration registration
            && registration.Name == scheme);
        if (registered)
        {
            return;
        }

        if (section is not null)
        {
            services.AddAuthingClientCore(scheme, builder => builder.Bind(section));
            return;
        }

        services.AddAuthingClientCore(scheme, builder => builder.Configure<IConfiguration, IAuthenticationConfigurationProvider>((options, configuration, schemes) =>
        {
            if (scheme == AuthingDefaults.AuthenticationScheme)
            {
                configuration.GetSection(AuthingDefaults.ConfigurationSection).Bind(options);
            }

            schemes.GetSchemeConfiguration(scheme).Bind(options);
        }));
    }

    private static IHttpClientBuilder AddAuthingClientCore(this IServiceCollection services, string name, Action<OptionsBuilder<AuthingClientOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        configureOptions(services.AddOptions<AuthingClientOptions>(name).ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthingClientOptions>, AuthingClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthingInstrumentation();
        services.TryAddSingleton<IAuthingClientFactory, AuthingClientFactory>();
        services.AddSingleton(new AuthingClientRegistration(name));
        if (name == AuthingClientDefaults.Name)
        {
            services.TryAddSingleton(provider => provider.GetRequiredService<IAuthingClientFactory>().GetClient(AuthingClientDefaults.Name));
        }

        return services.AddHttpClient(AuthingClientDefaults.HttpClientName(name))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => new AuthingResilienceHandler(
                provider.GetRequiredService<IOptionsMonitor<AuthingClientOptions>>().Get(name),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<AuthingResilienceHandler>()));
    }
}
