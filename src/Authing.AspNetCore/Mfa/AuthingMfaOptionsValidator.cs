using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Mfa;

/// <summary>Checks <see cref="AuthingMfaOptions"/> at start-up.</summary>
internal sealed class AuthingMfaOptionsValidator : IValidateOptions<AuthingMfaOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthingMfaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RoutePrefix) || !options.RoutePrefix.StartsWith('/') || options.RoutePrefix.Contains('?', StringComparison.Ordinal))
        {
            failures.Add($"AuthingMfaOptions.RoutePrefix must be a path starting with '/' (for example '{AuthingMfaDefaults.RoutePrefix}'); it is '{options.RoutePrefix}'.");
        }

        if (options.ChallengeLifetime <= TimeSpan.Zero || options.ChallengeLifetime > TimeSpan.FromHours(1))
        {
            failures.Add($"AuthingMfaOptions.ChallengeLifetime must be above zero and at most one hour; it is {options.ChallengeLifetime}.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"AuthingMfaOptions.MaxAttempts must be between 1 and 20; it is {options.MaxAttempts}.");
        }

        if (options.AttemptsPerMinute < 1)
        {
            failures.Add($"AuthingMfaOptions.AttemptsPerMinute must be at least 1; it is {options.AttemptsPerMinute}.");
        }

        if (!Enum.IsDefined(options.Completion))
        {
            failures.Add($"AuthingMfaOptions.Completion must be Cookie or UserToken; it is {options.Completion}.");
        }

        if (string.IsNullOrWhiteSpace(options.CookieScheme) && options.Completion == AuthingMfaCompletion.Cookie)
        {
            failures.Add("AuthingMfaOptions.CookieScheme must name the cookie scheme added by AddAuthingCookie(), or set Completion to UserToken.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientName))
        {
            failures.Add("AuthingMfaOptions.ClientName must name a registered Authing client (AddAuthing() registers one named after its scheme).");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer) || options.Issuer.Contains(':', StringComparison.Ordinal))
        {
            failures.Add("AuthingMfaOptions.Issuer must be a non-empty name without ':' (authenticator apps show it).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
