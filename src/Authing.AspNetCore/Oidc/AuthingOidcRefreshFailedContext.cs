using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Oidc;

/// <summary>The context of <see cref="AuthingOidcEvents.OnTokenRefreshFailed"/>.</summary>
public sealed class AuthingOidcRefreshFailedContext : PropertiesContext<AuthingOidcOptions>
{
    /// <summary>Creates the context.</summary>
    /// <param name="context">The current request.</param>
    /// <param name="scheme">The OIDC scheme.</param>
    /// <param name="options">The OIDC scheme's options.</param>
    /// <param name="principal">The session's user.</param>
    /// <param name="properties">The session's properties, with its tokens.</param>
    /// <param name="error">The OAuth error (<c>invalid_grant</c>, ...) or <see langword="null"/> when the provider gave no answer.</param>
    /// <param name="failure">The failure.</param>
    public AuthingOidcRefreshFailedContext(
        HttpContext context,
        AuthenticationScheme scheme,
        AuthingOidcOptions options,
        ClaimsPrincipal? principal,
        AuthenticationProperties properties,
        string? error,
        Exception failure)
        : base(context, scheme, options, properties)
    {
        Principal = principal;
        Error = error;
        Failure = failure;
        IsTerminal = error == "invalid_grant";
        EndSession = IsTerminal;
    }

    /// <summary>The session's user.</summary>
    public ClaimsPrincipal? Principal { get; }

    /// <summary>The OAuth error the token endpoint answered, or <see langword="null"/> when it could not be reached.</summary>
    public string? Error { get; }

    /// <summary>What went wrong.</summary>
    public Exception Failure { get; }

    /// <summary>
    /// <see langword="true"/> for <c>invalid_grant</c>: the refresh token was used, revoked or expired, so no later
    /// attempt can succeed; <see langword="false"/> for a transient failure (network, timeout, server error).
    /// </summary>
    public bool IsTerminal { get; }

    /// <summary>Whether the cookie session ends (the user is signed out); starts as <see cref="IsTerminal"/>.</summary>
    public bool EndSession { get; set; }
}
