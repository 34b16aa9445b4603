using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Http;

/// <summary>Signs an Authing user into the cookie session.</summary>
public static class AuthingSignInExtensions
{
    /// <summary>
    /// Signs <paramref name="user"/> (as returned by a login or registration that issued a token) into the cookie scheme
    /// <paramref name="cookieScheme"/>, keeping the UserToken in the session so it can be re-validated and used for calls
    /// made on the user's behalf. The session ends when Authing stops accepting the token (see <see cref="AuthingCookieEvents"/>).
    /// </summary>
    /// <param name="context">The current request.</param>
    /// <param name="user">The signed-in user; <see cref="AuthingUser.Token"/> is required.</param>
    /// <param name="properties">Sign-in properties (for example <c>IsPersistent</c>); created when null.</param>
    /// <param name="cookieScheme">The cookie scheme added by <c>AddAuthingCookie()</c>.</param>
    /// <returns>A task that completes when the cookie is written.</returns>
    public static async Task SignInWithAuthingAsync(
        this HttpContext context,
        AuthingUser user,
        AuthenticationProperties? properties = null,
        string cookieScheme = AuthingCookieDefaults.AuthenticationScheme)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Token))
        {
            throw new ArgumentException("The user carries no UserToken; sign in with the user returned by a login.", nameof(user));
        }

        properties ??= new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = AuthingCookieDefaults.UserTokenName, Value = user.Token }]);
        await context.SignInAsync(cookieScheme, AuthingPrincipal.Create(user, cookieScheme), properties);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<AuthingCookieEvents>().SignedIn(cookieScheme, user.Id);
    }
}
