using Authing.AspNetCore.Mfa;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the MFA endpoints.</summary>
public static class AuthingMfaEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the MFA endpoints under <see cref="AuthingMfaOptions.RoutePrefix"/> (JSON in and out, ProblemDetails on errors):
    /// <c>GET status</c>, <c>POST enrollment</c>, <c>POST enrollment/confirm</c>, <c>POST disable</c> for the signed-in
    /// user, and <c>POST login</c>, <c>POST login/verify</c> for anyone. Code and login endpoints use the rate-limiting
    /// policy <see cref="AuthingMfaDefaults.RateLimiterPolicy"/>: call <c>UseRateLimiter()</c> after <c>UseRouting()</c>.
    /// Requires <c>AddAuthingMfa()</c>.
    /// </summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The group of the endpoints, to add conventions to.</returns>
    public static RouteGroupBuilder MapAuthingMfa(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        AuthingMfaOptions options = endpoints.ServiceProvider.GetService<IOptions<AuthingMfaOptions>>()?.Value
            ?? throw new InvalidOperationException("MapAuthingMfa() needs the MFA services: call services.AddAuthingMfa() first.");
        RouteGroupBuilder group = endpoints.MapGroup(options.RoutePrefix).WithTags("Authing MFA");
        group.MapGet("/status", AuthingMfaEndpoints.StatusAsync).RequireAuthorization();
        group.MapPost("/enrollment", AuthingMfaEndpoints.EnrollAsync).RequireAuthorization();
        group.MapPost("/enrollment/confirm", AuthingMfaEndpoints.ConfirmAsync).RequireAuthorization().RequireRateLimiting(AuthingMfaDefaults.RateLimiterPolicy);
        group.MapPost("/disable", AuthingMfaEndpoints.DisableAsync).RequireAuthorization().RequireRateLimiting(AuthingMfaDefaults.RateLimiterPolicy);
        group.MapPost("/login", AuthingMfaEndpoints.LoginAsync).AllowAnonymous().RequireRateLimiting(AuthingMfaDefaults.RateLimiterPolicy);
        group.MapPost("/login/verify", AuthingMfaEndpoints.VerifyAsync).AllowAnonymous().RequireRateLimiting(AuthingMfaDefaults.RateLimiterPolicy);
        return group;
    }
}
