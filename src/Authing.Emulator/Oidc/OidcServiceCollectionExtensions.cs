using Authing.Emulator.Configuration;
using Authing.Emulator.Passwords;
using Authing.Emulator.Pools;
using Authing.Emulator.Storage;
using Authing.Emulator.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Oidc;

/// <summary>Registers the OIDC provider's services.</summary>
internal static class OidcServiceCollectionExtensions
{
    /// <summary>The provider's antiforgery cookie; its own name, because browsers share cookies across ports.</summary>
    public const string AntiforgeryCookieName = "authing_emulator_antiforgery";

    public static IServiceCollection AddOidcProvider(this IServiceCollection services)
    {
        services.AddAntiforgery(options => options.Cookie.Name = AntiforgeryCookieName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmulatorOptions>, OidcOptionsValidator>());
        services.TryAddSingleton(sp => new OidcAppDirectory(sp.GetRequiredService<UserPoolDirectory>(), sp.GetRequiredService<IOptions<EmulatorOptions>>()));
        services.TryAddSingleton(sp => new OidcSigningKeys(sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OidcTokens(sp.GetRequiredService<OidcSigningKeys>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OidcSessions(sp.GetRequiredService<EmulatorDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OidcCredentials(
            sp.GetRequiredService<EmulatorDatabase>(),
            sp.GetRequiredService<PasswordService>(),
            sp.GetRequiredService<TokenService>(),
            sp.GetRequiredService<UserPoolDirectory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OidcGrants(
            sp.GetRequiredService<EmulatorDatabase>(),
            sp.GetRequiredService<OidcTokens>(),
            sp.GetRequiredService<OidcCredentials>(),
            sp.GetRequiredService<TokenService>(),
            sp.GetRequiredService<OidcAppDirectory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<OidcPendingLogins>();
        services.TryAddSingleton<OidcAuthorizeEndpoints>();
        services.TryAddSingleton<OidcTokenEndpoints>();
        services.TryAddSingleton<OidcLogoutEndpoints>();
        return services;
    }
}
