using Authing.Emulator.Formats;
using Authing.Emulator.Ldap;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Configuration;

/// <summary>Checks <see cref="EmulatorOptions"/> at start and names what to fix.</summary>
internal sealed class EmulatorOptionsValidator : IValidateOptions<EmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorOptions options)
    {
        var failures = new List<string>();
        if (options.Storage == StorageMode.Sqlite && string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add("Emulator:DataFolder must name a folder when Emulator:Storage is Sqlite.");
        }

        AddIfNotPositive(failures, options.UserTokenLifetime, nameof(options.UserTokenLifetime));
        AddIfNotPositive(failures, options.OwnerTokenLifetime, nameof(options.OwnerTokenLifetime));
        AddIfNotPositive(failures, options.VerificationCodeLifetime, nameof(options.VerificationCodeLifetime));

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.UserPools.Count; i++)
        {
            var pool = options.UserPools[i];
            if (!ObjectId.IsValid(pool.Id))
            {
                failures.Add($"Emulator:UserPools:{i}:Id must be 24 hexadecimal characters.");
            }
            else if (!seen.Add(pool.Id))
            {
                failures.Add($"Emulator:UserPools:{i}:Id repeats the pool id {pool.Id}.");
            }

            if (string.IsNullOrWhiteSpace(pool.Secret))
            {
                failures.Add($"Emulator:UserPools:{i}:Secret must not be empty.");
            }
        }

        LdapConnectorValidator.Validate(options.UserPools, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotPositive(List<string> failures, TimeSpan value, string property)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Emulator:{property} must be a positive duration (for example 15.00:00:00).");
        }
    }
}
