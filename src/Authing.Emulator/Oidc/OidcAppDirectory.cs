using Authing.Emulator.Configuration;
using Authing.Emulator.Pools;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Oidc;

/// <summary>
/// The OIDC applications of this emulator, from <c>Emulator:OidcApps</c>; when none is configured, the demo app
/// (<see cref="EmulatorDefaults.DemoOidcClientId"/>) in the first pool, which accepts any loopback redirect URI.
/// </summary>
public sealed class OidcAppDirectory
{
    private readonly Dictionary<string, OidcApp> apps;

    internal OidcAppDirectory(UserPoolDirectory pools, IOptions<EmulatorOptions> options)
    {
        var configured = options.Value.OidcApps.Count > 0
            ? options.Value.OidcApps.ToList()
            : [new OidcAppOptions
            {
                ClientId = EmulatorDefaults.DemoOidcClientId,
                ClientSecret = EmulatorDefaults.DemoOidcClientSecret,
                Name = EmulatorDefaults.DemoOidcAppName,
                AllowLoopbackRedirectUris = true,
            }];
        All = [.. configured.Select(app => new OidcApp
        {
            ClientId = app.ClientId.ToLowerInvariant(),
            ClientSecret = app.ClientSecret,
            Name = string.IsNullOrWhiteSpace(app.Name) ? app.ClientId : app.Name,
            PoolId = string.IsNullOrWhiteSpace(app.UserPoolId) ? pools.All[0].Id : app.UserPoolId.ToLowerInvariant(),
            RedirectUris = [.. app.RedirectUris],
            PostLogoutRedirectUris = [.. app.PostLogoutRedirectUris],
            AllowLoopbackRedirectUris = app.AllowLoopbackRedirectUris,
            GrantTypes = app.GrantTypes.Count > 0 ? [.. app.GrantTypes] : OidcGrantTypes.All,
            AccessTokenLifetime = app.AccessTokenLifetime,
            IdTokenLifetime = app.IdTokenLifetime,
            RefreshTokenLifetime = app.RefreshTokenLifetime,
            CodeLifetime = app.CodeLifetime,
        })];
        apps = All.ToDictionary(app => app.ClientId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The apps, in configuration order.</summary>
    public IReadOnlyList<OidcApp> All { get; }

    /// <summary>Finds an app by client id.</summary>
    public OidcApp? Find(string? clientId) => clientId is null ? null : apps.GetValueOrDefault(clientId);
}
