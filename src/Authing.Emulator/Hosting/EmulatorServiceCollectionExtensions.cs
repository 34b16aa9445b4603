using Authing.Emulator.Configuration;
using Authing.Emulator.Hosting;
using Authing.Emulator.Invitations;
using Authing.Emulator.Keys;
using Authing.Emulator.Mfa;
using Authing.Emulator.Ldap;
using Authing.Emulator.Oidc;
using Authing.Emulator.Outbox;
using Authing.Emulator.Passwords;
using Authing.Emulator.Pools;
using Authing.Emulator.Schema;
using Authing.Emulator.Social;
using Authing.Emulator.Storage;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;
using Authing.Emulator.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authing emulator's services.</summary>
public static class EmulatorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the emulator: options bound from the <c>Emulator</c> section of <paramref name="configuration"/> and
    /// validated at start, storage, keys, pools, the user services, the OIDC provider and the start-up banner.
    /// </summary>
    public static IServiceCollection AddAuthingEmulator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmulatorOptions>().Bind(configuration.GetSection(EmulatorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmulatorOptions>, EmulatorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new EmulatorDatabase(sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new EmulatorKeys(sp.GetRequiredService<EmulatorDatabase>()));
        services.TryAddSingleton(sp => new UserPoolDirectory(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<IOptions<EmulatorOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new TokenService(
            sp.GetRequiredService<UserPoolDirectory>(), sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new PasswordService(sp.GetRequiredService<EmulatorKeys>()));
        services.TryAddSingleton(sp => new UserService(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<UserPoolDirectory>(), sp.GetRequiredService<TokenService>(), sp.GetRequiredService<PasswordService>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<UserService>>()));
        services.TryAddSingleton(sp => new SmsService(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<UserPoolDirectory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new EmailFlows(
            sp.GetRequiredService<EmulatorDatabase>(),
            sp.GetRequiredService<UserPoolDirectory>(),
            sp.GetRequiredService<PasswordService>(),
            sp.GetRequiredService<UserService>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new ContactChanges(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new OutboxStore(sp.GetRequiredService<EmulatorDatabase>()));
        services.TryAddSingleton(sp => new SocialService(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new InvitationService(
            sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new MfaService(sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new LdapDirectory(sp.GetRequiredService<ILogger<LdapDirectory>>()));
        services.TryAddSingleton(sp => new DirectoryLogins(
            sp.GetRequiredService<LdapDirectory>(),
            sp.GetRequiredService<UserService>(),
            sp.GetRequiredService<UserPoolDirectory>(),
            sp.GetRequiredService<IOptions<EmulatorOptions>>(),
            sp.GetRequiredService<ILogger<DirectoryLogins>>()));
        services.AddOidcProvider();
        services.TryAddSingleton(sp => new AuthingGateways(sp));
        services.AddHostedService<EmulatorStartup>();
        return services;
    }
}
