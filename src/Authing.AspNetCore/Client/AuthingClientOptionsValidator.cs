using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Client;

/// <summary>Checks <see cref="AuthingClientOptions"/>; each failure names the property and how to fix it.</summary>
public sealed class AuthingClientOptionsValidator : IValidateOptions<AuthingClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthingClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckUrl(failures, nameof(AuthingClientOptions.UsersGateway), options.UsersGateway, AuthingClientDefaults.UsersGateway);
        CheckUrl(failures, nameof(AuthingClientOptions.OAuthGateway), options.OAuthGateway, AuthingClientDefaults.OAuthGateway);
        CheckUrl(failures, nameof(AuthingClientOptions.RestBase), options.RestBase, AuthingClientDefaults.RestBase);
        if (!IsParsablePublicKey(options.PasswordEncPublicKey))
        {
            failures.Add("AuthingClientOptions.PasswordEncPublicKey is not a parsable PEM RSA public key; give the pool's \"-----BEGIN PUBLIC KEY-----\" block or leave it unset for Authing's key.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"AuthingClientOptions.Timeout must be a positive duration (it is {options.Timeout}); set it to, for example, 00:00:10.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"AuthingClientOptions.MaxRetries must be between 0 and 10 (it is {options.MaxRetries}); use 0 to disable retries.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"AuthingClientOptions.RetryDelay must be between 00:00:00 and 00:01:00 (it is {options.RetryDelay}).");
        }

        if (options.UserPoolId is { } poolId && !IsObjectId(poolId))
        {
            failures.Add("AuthingClientOptions.UserPoolId must be the 24-character hexadecimal id shown in the Authing console (or left unset).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string property, Uri? value, string example)
    {
        if (value is null || !value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"AuthingClientOptions.{property} must be an absolute http or https URL such as {example} (it is '{value}').");
        }
    }

    private static bool IsParsablePublicKey(string? pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return false;
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsObjectId(string value) => value.Length == 24 && value.All(char.IsAsciiHexDigit);
}
