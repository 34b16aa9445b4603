using Authing.Samples.WebApi.Admin;

namespace Authing.Samples.WebApi.Demo;

/// <summary>Registers the demo accounts of the embedded emulator and lists the demo administrator in <see cref="AdminOptions.Emails"/>.</summary>
internal static class DemoAccountServiceCollectionExtensions
{
    public static IServiceCollection AddDemoAccount(this IServiceCollection services)
    {
        services.AddSingleton<DemoAccount>();
        services.AddHostedService<DemoAccountSeeder>();
        services.PostConfigure<AdminOptions>(options => options.Emails.Add(DemoAccount.AdminEmail));
        return services;
    }
}
