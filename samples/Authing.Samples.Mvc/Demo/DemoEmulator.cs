using Authing.Emulator.Hosting;
using Authing.Samples.Mvc.Infrastructure;

namespace Authing.Samples.Mvc.Demo;

/// <summary>What the site adds when it runs on its embedded emulator: demo accounts, the admin e-mail, the outbox link.</summary>
public static class DemoEmulator
{
    /// <summary>The emulator's outbox page, where e-mails and SMS codes sent by the emulator show up.</summary>
    /// <param name="emulator">The running emulator.</param>
    /// <returns>The page's address.</returns>
    public static Uri OutboxUrl(EmbeddedEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return new Uri(emulator.BaseUrl, "__emulator/outbox.html");
    }

    /// <summary>Seeds the demo accounts, makes the demo administrator an admin and links the outbox.</summary>
    /// <param name="services">The site's services.</param>
    /// <param name="emulator">The running embedded emulator.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddDemoEmulator(this IServiceCollection services, EmbeddedEmulator emulator)
    {
        Uri outbox = OutboxUrl(emulator);
        services.PostConfigure<SampleOptions>(options =>
        {
            options.OutboxUrl ??= outbox;
            if (!options.AdminEmails.Contains(DemoAccounts.AdminEmail, StringComparer.OrdinalIgnoreCase))
            {
                options.AdminEmails.Add(DemoAccounts.AdminEmail);
            }
        });
        services.AddHostedService<DemoAccountSeeder>();
        return services;
    }
}
