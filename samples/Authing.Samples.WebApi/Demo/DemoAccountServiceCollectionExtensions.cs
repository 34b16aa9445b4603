namespace Authing.Samples.WebApi.Demo;

/// <summary>Registers the demo account of the embedded emulator.</summary>
internal static class DemoAccountServiceCollectionExtensions
{
    public static IServiceCollection AddDemoAccount(this IServiceCollection services)
    {
        services.AddSingleton<DemoAccount>();
        services.AddHostedService<DemoAccountSeeder>();
        return services;
    }
}
