using Authing.Emulator.Configuration;
using Authing.Emulator.Formats;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Oidc;

/// <summary>Checks <see cref="EmulatorOptions.OidcApps"/> at start and names what to fix.</summary>
internal sealed class OidcOptionsValidator : IValidateOptions<EmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorOptions options)
    {
        var failures = new List<string>();
        var poolIds = options.UserPools.Count > 0
            ? options.UserPools.Select(pool => pool.Id).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [EmulatorDefaults.DefaultUserPoolId];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.OidcApps.Count; i++)
        {
            var app = options.OidcApps[i];
            var key = $"Emulator:OidcApps:{i}";
            if (!ObjectId.IsValid(app.ClientId))
            {
                failures.Add($"{key}:ClientId must be 24 hexadecimal characters.");
            }
            else if (!seen.Add(app.ClientId))
            {
                failures.Add($"{key}:ClientId repeats the client id {app.ClientId}.");
            }

            if (string.IsNullOrWhiteSpace(app.ClientSecret))
            {
                failures.Add($"{key}:ClientSecret must not be empty.");
            }

            if (!string.IsNullOrWhiteSpace(app.UserPoolId) && !poolIds.Contains(app.UserPoolId))
            {
                failures.Add($"{key}:UserPoolId must name a pool of Emulator:UserPools.");
            }

            failures.AddRange(app.RedirectUris.Concat(app.PostLogoutRedirectUris)
                .Where(uri => !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !string.IsNullOrEmpty(parsed.Fragment))
                .Select(uri => $"{key}: the redirect URI '{uri}' must be absolute and without a fragment."));
            failures.AddRange(app.GrantTypes
                .Where(grant => !OidcGrantTypes.All.Contains(grant, StringComparer.Ordinal))
                .Select(grant => $"{key}:GrantTypes names '{grant}'; use {string.Join(", ", OidcGrantTypes.All)}."));
            foreach (var (value, property) in new[]
            {
                (app.AccessTokenLifetime, nameof(app.AccessTokenLifetime)),
                (app.IdTokenLifetime, nameof(app.IdTokenLifetime)),
                (app.RefreshTokenLifetime, nameof(app.RefreshTokenLifetime)),
                (app.CodeLifetime, nameof(app.CodeLifetime)),
            })
            {
                if (value <= TimeSpan.Zero)
                {
                    failures.Add($"{key}:{property} must be a positive duration (for example 01:00:00).");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
