using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Admin;

/// <summary>
/// Lets through only callers who satisfy <see cref="AuthingAdminApiOptions.PolicyName"/>. With no policy, or one the app
/// did not register, nobody does: anonymous callers are challenged (401), signed-in ones forbidden (403).
/// </summary>
internal sealed class AuthingAdminAuthorizationFilter(
    IOptions<AuthingAdminApiOptions> options,
    IAuthorizationPolicyProvider policies,
    IPolicyEvaluator evaluator,
    ILogger<AuthingAdminAuthorizationFilter> logger) : IAsyncAuthorizationFilter
{
    private static readonly AuthorizationPolicy RefuseEveryone = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(static _ => false)
        .Build();

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        AuthorizationPolicy policy = await ResolvePolicyAsync().ConfigureAwait(false);
        var authentication = await evaluator.AuthenticateAsync(policy, context.HttpContext).ConfigureAwait(false);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, context.HttpContext, context).ConfigureAwait(false);
        if (authorization.Succeeded)
        {
            return;
        }

        string[] schemes = [.. policy.AuthenticationSchemes];
        string action = context.ActionDescriptor.RouteValues["action"] ?? context.ActionDescriptor.DisplayName ?? string.Empty;
        if (authorization.Challenged)
        {
            logger.CallerRefused(action, callerId: null, outcome: "challenged");
            context.Result = new ChallengeResult(schemes);
        }
        else
        {
            logger.CallerRefused(action, AuthingAdminCaller.Id(context.HttpContext.User), outcome: "forbidden");
            context.Result = new ForbidResult(schemes);
        }
    }

    private async Task<AuthorizationPolicy> ResolvePolicyAsync() =>
        options.Value.PolicyName is { } name
            ? await policies.GetPolicyAsync(name).ConfigureAwait(false) ?? RefuseEveryone
            : RefuseEveryone;
}
