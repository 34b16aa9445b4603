using Authing.AspNetCore.Client;
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

    private static IHttpClientBuilder AddAuthingClientCore(this IServiceCollection services, string name, Action<OptionsBuilder<AuthingClientOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        configureOptions(services.AddOptions<AuthingClientOptions>(name).ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthingClientOptions>, AuthingClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
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
