using Authing.AspNetCore.Client;
using Authing.AspNetCore.Cookies;

namespace Authing.AspNetCore.Mfa;

/// <summary>Options of the MFA endpoints and of <see cref="AuthingMfaService"/>.</summary>
/// <remarks>
/// Defaults: <see cref="RoutePrefix"/> = <c>/authing/mfa</c>; <see cref="ChallengeLifetime"/> = 5 minutes;
/// <see cref="MaxAttempts"/> = 5; <see cref="AttemptsPerMinute"/> = 10 per client address;
/// <see cref="Completion"/> = <see cref="AuthingMfaCompletion.Cookie"/>; <see cref="CookieScheme"/> =
/// <see cref="AuthingCookieDefaults.AuthenticationScheme"/>; <see cref="ClientName"/> = <see cref="AuthingClientDefaults.Name"/>;
/// <see cref="Issuer"/> = <c>Authing</c>.
/// </remarks>
public sealed class AuthingMfaOptions
{
    /// <summary>Creates the options with their defaults.</summary>
    public AuthingMfaOptions()
    {
        RoutePrefix = AuthingMfaDefaults.RoutePrefix;
        ChallengeLifetime = TimeSpan.FromMinutes(5);
        MaxAttempts = 5;
        AttemptsPerMinute = 10;
        Completion = AuthingMfaCompletion.Cookie;
        CookieScheme = AuthingCookieDefaults.AuthenticationScheme;
        ClientName = AuthingClientDefaults.Name;
        Issuer = "Authing";
    }

    /// <summary>The route prefix the endpoints are mapped under; starts with <c>/</c>.</summary>
    public string RoutePrefix { get; set; }

    /// <summary>How long a login challenge can be answered.</summary>
    public TimeSpan ChallengeLifetime { get; set; }

    /// <summary>How many wrong codes a challenge survives; the next wrong code ends it.</summary>
    public int MaxAttempts { get; set; }

    /// <summary>Requests per minute and client address the rate-limiting policy <see cref="AuthingMfaDefaults.RateLimiterPolicy"/> lets through.</summary>
    public int AttemptsPerMinute { get; set; }

    /// <summary>Whether a completed login signs in with a cookie or returns the UserToken.</summary>
    public AuthingMfaCompletion Completion { get; set; }

    /// <summary>The cookie scheme a completed login signs into, with <see cref="AuthingMfaCompletion.Cookie"/>.</summary>
    public string CookieScheme { get; set; }

    /// <summary>The Authing client (for a scheme added by <c>AddAuthing()</c>, the scheme's name).</summary>
    public string ClientName { get; set; }

    /// <summary>The issuer authenticator apps show beside the account (the <c>otpauth://</c> URI's <c>issuer</c>).</summary>
    public string Issuer { get; set; }
}
