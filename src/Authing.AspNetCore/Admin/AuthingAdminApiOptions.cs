namespace Authing.AspNetCore.Admin;

/// <summary>Options of the Authing admin API.</summary>
/// <remarks>
/// Defaults: no <see cref="PolicyName"/> (every call refused: 401 for anonymous callers, 403 for signed-in ones), and
/// <see cref="RoutePrefix"/> = <see cref="AuthingAdminApiDefaults.RoutePrefix"/>.
/// </remarks>
public sealed class AuthingAdminApiOptions
{
    /// <summary>
    /// The name of the authorization policy a caller must satisfy (registered with <c>AddAuthorization</c>). With none,
    /// or with a name the app did not register, every call is refused and start-up logs why.
    /// </summary>
    public string? PolicyName { get; set; }

    /// <summary>The route prefix of the admin routes, without a leading slash; <c>api/authing/users</c> by default.</summary>
    public string RoutePrefix { get; set; } = AuthingAdminApiDefaults.RoutePrefix;
}
