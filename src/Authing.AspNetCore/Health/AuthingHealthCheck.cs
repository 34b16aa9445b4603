using Authing.AspNetCore.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Health;

/// <summary>
/// Reports whether Authing's users gateway answers and, when the client has a pool secret or an OwnerToken, whether
/// the OwnerToken can be obtained and is accepted (one <c>users</c> query of one user). Without either, it sends a
/// <c>checkLoginStatus</c> probe, which any answering gateway rejects. Descriptions never quote a secret, a token or
/// Authing's own message.
/// </summary>
internal sealed class AuthingHealthCheck(IAuthingClientFactory clients, IOptionsMonitor<AuthingClientOptions> clientOptions, string clientName) : IHealthCheck
{
    /// <summary>What the probe sends as a UserToken: not a JWT, so Authing rejects it without looking anything up.</summary>
    private const string ProbeToken = "authing-health-check-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        HealthStatus failureStatus = context.Registration.FailureStatus;
        AuthingClient client;
        AuthingClientOptions options;
        try
        {
            client = clients.GetClient(clientName);
            options = clientOptions.Get(clientName);
        }
        catch (Exception exception) when (exception is InvalidOperationException or OptionsValidationException)
        {
            return new HealthCheckResult(failureStatus, $"Authing client '{clientName}' is not registered or its options are invalid.");
        }

        bool ownerTokenExpected = !string.IsNullOrEmpty(options.Secret) || !string.IsNullOrEmpty(options.OwnerToken);
        try
        {
            if (ownerTokenExpected)
            {
                await client.ListUsersAsync(page: 1, count: 1, cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy("Authing's users gateway answered and accepted the OwnerToken.");
            }

            await client.CheckLoginStatusAsync(ProbeToken, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Authing's users gateway answered; no pool secret or OwnerToken is configured, so none was checked.");
        }
        catch (AuthingTransportException exception)
        {
            string status = exception.StatusCode is { } code ? $" (HTTP {(int)code})" : string.Empty;
            return new HealthCheckResult(failureStatus, $"Authing's users gateway gave no usable answer{status}: unreachable, too slow, or not GraphQL.");
        }
        catch (AuthingException exception) when (ownerTokenExpected)
        {
            string code = exception.Code is { } value ? $" (Authing code {value})" : string.Empty;
            return new HealthCheckResult(failureStatus, $"Authing answered, but the OwnerToken could not be obtained or was refused{code}; check the pool id and secret.");
        }
        catch (AuthingException)
        {
            return HealthCheckResult.Healthy("Authing's users gateway answered; no pool secret or OwnerToken is configured, so none was checked.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failureStatus, "Authing did not answer within the health check's timeout.");
        }
    }
}
