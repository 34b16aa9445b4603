using System.Buffers;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Admin;

/// <summary>Checks the admin API's options and that its Authing client can obtain the OwnerToken.</summary>
internal sealed class AuthingAdminApiOptionsValidator(
    AuthingAdminApiRegistration registration,
    IOptionsMonitor<AuthingClientOptions> clientOptions) : IValidateOptions<AuthingAdminApiOptions>
{
    private static readonly SearchValues<char> ForbiddenInPrefix = SearchValues.Create("{}?#~\\ ");

    public ValidateOptionsResult Validate(string? name, AuthingAdminApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        string prefix = options.RoutePrefix?.Trim('/') ?? string.Empty;
        if (prefix.Length == 0 || prefix.AsSpan().ContainsAny(ForbiddenInPrefix) || prefix.Contains("//", StringComparison.Ordinal))
        {
            failures.Add($"AuthingAdminApiOptions.RoutePrefix must be a plain path such as {AuthingAdminApiDefaults.RoutePrefix}, without route parameters, query or spaces (it is '{options.RoutePrefix}').");
        }

        if (options.PolicyName is { } policy && string.IsNullOrWhiteSpace(policy))
        {
            failures.Add("AuthingAdminApiOptions.PolicyName is blank; name a policy registered with AddAuthorization, or leave it unset to refuse every call.");
        }

        AuthingClientOptions client = clientOptions.Get(registration.ClientName);
        if (string.IsNullOrEmpty(client.Secret) && string.IsNullOrEmpty(client.OwnerToken))
        {
            failures.Add($"The Authing admin API calls Authing with the OwnerToken, but Authing client '{registration.ClientName}' has neither Secret nor OwnerToken; set Authing:Secret (the user pool secret) or Authing:OwnerToken.");
        }

        if (string.IsNullOrEmpty(client.UserPoolId))
        {
            failures.Add($"The Authing admin API manages the users of one pool, but Authing client '{registration.ClientName}' has no UserPoolId; set Authing:UserPoolId.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
