using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Authing.AspNetCore.Diagnostics;

/// <summary>Registers <see cref="AuthingInstrumentation"/> and the <see cref="System.Diagnostics.Metrics.IMeterFactory"/> it needs (hosts register one already; plain containers get one).</summary>
internal static class AuthingInstrumentationRegistration
{
    public static IServiceCollection AddAuthingInstrumentation(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<AuthingInstrumentation>();
        return services;
    }
}
