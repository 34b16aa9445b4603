using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Authing.Samples.WebApi.Admin;

/// <summary>Met by a signed-in caller whose e-mail address is one of <see cref="AdminOptions.Emails"/>.</summary>
public sealed class ListedAdminRequirement : IAuthorizationRequirement;

/// <summary>Checks <see cref="ListedAdminRequirement"/> against the current <see cref="AdminOptions"/>.</summary>
/// <param name="admins">The configured administrators.</param>
internal sealed class ListedAdminHandler(IOptionsMonitor<AdminOptions> admins) : AuthorizationHandler<ListedAdminRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ListedAdminRequirement requirement)
    {
        if (context.User.FindFirst(AuthingClaimTypes.Email)?.Value is { } email
            && admins.CurrentValue.Emails.Any(admin => string.Equals(admin, email, StringComparison.OrdinalIgnoreCase)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
