using Authing.AspNetCore.Client;
using Authing.AspNetCore.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authing health check.</summary>
public static class AuthingHealthChecksBuilderExtensions
{
    /// <summary>The default name of the check: <c>"authing"</c>.</summary>
    public const string DefaultName = "authing";

    /// <summary>The default time the check may take: 5 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Adds a check that Authing's users gateway answers and that the OwnerToken of the Authing client named
    /// <paramref name="clientName"/> can be obtained (when the client has a pool secret or an OwnerToken). The client
    /// must be registered (<c>AddAuthing()</c> registers one named after its scheme, <c>"Authing"</c> by default).
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="clientName">The Authing client (for a scheme, the scheme's name).</param>
    /// <param name="failureStatus">What a failure reports; <see langword="null"/> for <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">How long the check may take; <see langword="null"/> for <see cref="DefaultTimeout"/>.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static IHealthChecksBuilder AddAuthing(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        string clientName = AuthingClientDefaults.Name,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(clientName);
        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new AuthingHealthCheck(
                provider.GetRequiredService<IAuthingClientFactory>(),
                provider.GetRequiredService<IOptionsMonitor<AuthingClientOptions>>(),
                clientName),
            failureStatus,
            tags,
            timeout ?? DefaultTimeout));
    }
}
