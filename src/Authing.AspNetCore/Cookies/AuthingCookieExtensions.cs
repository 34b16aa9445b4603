using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds a cookie session that keeps the user's Authing UserToken and re-validates it with Authing.</summary>
public static class AuthingCookieExtensions
{
    /// <summary>
    /// Adds the cookie scheme <see cref="AuthingCookieDefaults.AuthenticationScheme"/> validated by the
    /// <see cref="AuthingDefaults.AuthenticationScheme"/> scheme (added before with <c>AddAuthing()</c>).
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configureOptions">Adjusts the cookie options after the defaults were set.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingCookie(this AuthenticationBuilder builder, Action<CookieAuthenticationOptions>? configureOptions = null) =>
        builder.AddAuthingCookie(AuthingCookieDefaults.AuthenticationScheme, AuthingDefaults.AuthenticationScheme, configureOptions);

    /// <summary>
    /// Adds a cookie scheme named <paramref name="cookieScheme"/> whose sessions keep the UserToken and are re-validated
    /// through the Authing scheme <paramref name="authingScheme"/> and its cache.
    /// </summary>
    /// <remarks>
    /// Defaults: cookie <see cref="AuthingCookieDefaults.CookieName"/>, HttpOnly, <c>SameSite=Lax</c>, <c>Secure</c> when the
    /// request is HTTPS (<see cref="CookieSecurePolicy.SameAsRequest"/>; set <see cref="CookieSecurePolicy.Always"/> behind TLS
    /// terminated elsewhere with forwarded headers), sliding expiration over 8 hours; a session ends
    /// earlier when Authing stops accepting its UserToken (logged out, expired, blocked).
    /// </remarks>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="cookieScheme">The cookie scheme's name.</param>
    /// <param name="authingScheme">The Authing scheme that validates the tokens; it must be added before.</param>
    /// <param name="configureOptions">Adjusts the cookie options after the defaults were set.</param>
    /// <returns>A reference to <paramref name="builder"/> after the operation has completed.</returns>
    public static AuthenticationBuilder AddAuthingCookie(
        this AuthenticationBuilder builder,
        string cookieScheme,
        string authingScheme,
        Action<CookieAuthenticationOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(cookieScheme);
        ArgumentException.ThrowIfNullOrEmpty(authingScheme);
        if (!builder.Services.Any(descriptor => descriptor.ServiceType == typeof(AuthingTokenCache)))
        {
            throw new InvalidOperationException(
                $"AddAuthingCookie(\"{cookieScheme}\") re-validates sessions through the Authing scheme '{authingScheme}': call AddAuthing() on the authentication builder first.");
        }

        return builder.AddCookie(cookieScheme, options =>
        {
            options.Cookie.Name = AuthingCookieDefaults.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events = new AuthingCookieEvents(authingScheme);
            configureOptions?.Invoke(options);
        });
    }
}
