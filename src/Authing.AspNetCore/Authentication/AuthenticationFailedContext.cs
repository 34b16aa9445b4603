using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>The context of <see cref="AuthingEvents.OnAuthenticationFailed"/>.</summary>
/// <param name="context">The request's context.</param>
/// <param name="scheme">The authentication scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="exception">Why authentication failed.</param>
public sealed class AuthenticationFailedContext(HttpContext context, AuthenticationScheme scheme, AuthingOptions options, Exception exception)
    : ResultContext<AuthingOptions>(context, scheme, options)
{
    /// <summary>
    /// Why authentication failed: an <see cref="AuthingTokenRejectedException"/> for a token Authing rejected, an
    /// <see cref="AuthingUnavailableException"/> when Authing could not be asked.
    /// </summary>
    public Exception Exception { get; } = exception;
}
