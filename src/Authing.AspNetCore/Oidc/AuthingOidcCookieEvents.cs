using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Cookie events for a session signed in with an Authing OIDC scheme: the access token is refreshed shortly before it
/// expires (see <see cref="AuthingOidcOptions.RefreshBeforeExpiry"/>), and a dead refresh token (<c>invalid_grant</c>)
/// ends the session. Use them on a cookie scheme of your own (<c>AddAuthingCookie()</c> does the same for OIDC sessions).
/// Derive from this class to add behaviour and call the base method.
/// </summary>
public class AuthingOidcCookieEvents : CookieAuthenticationEvents
{
    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AuthingOidcSessionRefresher.IsOidcSession(context.Properties, out string? oidcScheme))
        {
            await context.HttpContext.RequestServices.GetRequiredService<AuthingOidcSessionRefresher>().ValidateAsync(context, oidcScheme);
        }

        if (context.Principal is not null)
        {
            await base.ValidatePrincipal(context);
        }
    }
}
