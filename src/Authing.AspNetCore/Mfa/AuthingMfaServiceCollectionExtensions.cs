using System.Threading.RateLimiting;
using Authing.AspNetCore.Mfa;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the MFA flow: <see cref="AuthingMfaService"/>, its options and its rate-limiting policy.</summary>
public static class AuthingMfaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AuthingMfaService"/> (used by <c>MapAuthingMfa()</c> and by the app's pages), options validated at
    /// start-up, Data Protection, a distributed cache for open challenges (memory, unless the app registered one) and the
    /// rate-limiting policy <see cref="AuthingMfaDefaults.RateLimiterPolicy"/>; the app calls <c>UseRateLimiter()</c>.
    /// An Authing client must be registered (<c>AddAuthing()</c> or <c>AddAuthingClient()</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configureOptions">Adjusts the options after the defaults were set.</param>
    /// <returns>A reference to <paramref name="services"/> after the operation has completed.</returns>
    public static IServiceCollection AddAuthingMfa(this IServiceCollection services, Action<AuthingMfaOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<AuthingMfaOptions> options = services.AddOptions<AuthingMfaOptions>().ValidateOnStart();
        if (configureOptions is not null)
        {
            options.Configure(configureOptions);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthingMfaOptions>, AuthingMfaOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();
        services.AddDistributedMemoryCache();
        services.AddProblemDetails();
        services.TryAddSingleton(provider => new MfaChallengeStore(
            provider.GetRequiredService<AspNetCore.DataProtection.IDataProtectionProvider>(),
            provider.GetRequiredService<IDistributedCache>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new AuthingMfaService(
            provider.GetRequiredService<Authing.AspNetCore.Client.IAuthingClientFactory>(),
            provider.GetRequiredService<IOptions<AuthingMfaOptions>>(),
            provider.GetRequiredService<MfaChallengeStore>(),
            provider.GetRequiredService<IDistributedCache>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<AuthingMfaService>>()));
        services.AddRateLimiter(limiter => limiter.AddPolicy(AuthingMfaDefaults.RateLimiterPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<AuthingMfaOptions>>().Value.AttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
        return services;
    }
}
