using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Admin;

/// <summary>At start-up, says whether the admin API will answer anyone: no policy, or an unknown one, means every call is refused.</summary>
internal sealed class AuthingAdminStartupCheck(
    IOptions<AuthingAdminApiOptions> options,
    AuthingAdminApiRegistration registration,
    IAuthorizationPolicyProvider policies,
    ILogger<AuthingAdminStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        string prefix = options.Value.RoutePrefix.Trim('/');
        if (options.Value.PolicyName is not { } name)
        {
            logger.NoPolicy(prefix);
        }
        else if (await policies.GetPolicyAsync(name).ConfigureAwait(false) is null)
        {
            logger.PolicyMissing(prefix, name);
        }
        else
        {
            logger.Ready(prefix, name, registration.ClientName);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
