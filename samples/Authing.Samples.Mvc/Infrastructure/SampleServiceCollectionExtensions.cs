using System.Threading.RateLimiting;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Cookies;
using Authing.AspNetCore.Mfa;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>The sample's services: MVC with antiforgery on every form, Authing sign-in (and OIDC when <c>Authing:Oidc:ClientId</c> is set), the admin policy, rate limits.</summary>
public static class SampleServiceCollectionExtensions
{
    /// <summary>Registers everything the sample site needs.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The app's configuration (sections <c>Authing</c> and <c>Sample</c>).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSampleSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SampleOptions>().Bind(configuration.GetSection(SampleOptions.SectionName));
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".Authing.Sample.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        AuthenticationBuilder authentication = services.AddAuthentication(AuthingCookieDefaults.AuthenticationScheme)
            .AddAuthing()
            .AddAuthingCookie(options =>
            {
                options.LoginPath = "/account/signin";
                options.AccessDeniedPath = "/account/denied";
            });
        services.AddAuthingMfa();
        services.AddOptions<AuthingMfaOptions>().Configure<IOptions<SampleOptions>>((mfa, sample) => mfa.AttemptsPerMinute = sample.Value.SignInPermitsPerMinute);
        if (!string.IsNullOrEmpty(configuration["Authing:Oidc:ClientId"]))
        {
            authentication.AddAuthingOidc(options => options.SignInScheme = AuthingCookieDefaults.AuthenticationScheme);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(SamplePolicies.Admin, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminEmailRequirement()));
        services.AddSingleton<IAuthorizationHandler, AdminEmailHandler>();
        services.AddScoped<UserDirectory>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SamplePolicies.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<SampleOptions>>().Value.SignInPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
