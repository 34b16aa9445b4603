using System.Collections.Concurrent;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Client;

/// <summary>Creates one <see cref="AuthingClient"/> per registered name and keeps it for the container's lifetime.</summary>
internal sealed class AuthingClientFactory(
    IEnumerable<AuthingClientRegistration> registrations,
    IOptionsMonitor<AuthingClientOptions> optionsMonitor,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    AuthingInstrumentation instrumentation) : IAuthingClientFactory
{
    private readonly HashSet<string> names = registrations.Select(registration => registration.Name).ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<AuthingClient>> clients = new(StringComparer.Ordinal);

    public AuthingClient GetClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!names.Contains(name))
        {
            throw new InvalidOperationException(
                $"No Authing client is registered under the name '{name}'; call services.AddAuthingClient(\"{name}\", ...) at startup.");
        }

        return clients.GetOrAdd(name, key => new Lazy<AuthingClient>(() => Create(key))).Value;
    }

    private AuthingClient Create(string name)
    {
        var options = optionsMonitor.Get(name);
        var httpClientName = AuthingClientDefaults.HttpClientName(name);
        return new AuthingClient(
            name,
            options,
            () => httpClientFactory.CreateClient(httpClientName),
            timeProvider,
            loggerFactory.CreateLogger<AuthingClient>(),
            instrumentation);
    }
}
