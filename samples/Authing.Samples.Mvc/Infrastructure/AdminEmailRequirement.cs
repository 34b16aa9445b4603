using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>Met by a signed-in user whose e-mail address is in <see cref="SampleOptions.AdminEmails"/>.</summary>
public sealed class AdminEmailRequirement : IAuthorizationRequirement;

/// <summary>Checks <see cref="AdminEmailRequirement"/> against the configured administrators.</summary>
/// <param name="sample">The sample's settings.</param>
public sealed class AdminEmailHandler(IOptionsMonitor<SampleOptions> sample) : AuthorizationHandler<AdminEmailRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminEmailRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? email = context.User.FindFirst(AuthingClaimTypes.Email)?.Value;
        if (email is not null && sample.CurrentValue.AdminEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
