using Microsoft.AspNetCore.Authorization;

namespace Authing.Samples.WebApi.Admin;

/// <summary>Registers the policy that guards the Authing admin API.</summary>
internal static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdminPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        services.AddSingleton<IAuthorizationHandler, ListedAdminHandler>();
        services.AddAuthorizationBuilder().AddPolicy(AdminOptions.PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new ListedAdminRequirement()));
        return services;
    }
}
