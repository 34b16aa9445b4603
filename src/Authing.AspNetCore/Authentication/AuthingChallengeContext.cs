using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>The context of <see cref="AuthingEvents.OnChallenge"/>: the fields of the <c>WWW-Authenticate</c> answer (RFC 6750 §3).</summary>
/// <param name="context">The request's context.</param>
/// <param name="scheme">The authentication scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="properties">The challenge's authentication properties.</param>
public sealed class AuthingChallengeContext(HttpContext context, AuthenticationScheme scheme, AuthingOptions options, AuthenticationProperties properties)
    : PropertiesContext<AuthingOptions>(context, scheme, options, properties)
{
    /// <summary>Why authentication failed, or <see langword="null"/> when the request carried no token.</summary>
    public Exception? AuthenticateFailure { get; set; }

    /// <summary>The <c>error</c> attribute (<c>invalid_token</c> for a failed token).</summary>
    public string? Error { get; set; }

    /// <summary>The <c>error_description</c> attribute (only with <see cref="AuthingOptions.IncludeErrorDetails"/>).</summary>
    public string? ErrorDescription { get; set; }

    /// <summary>The <c>error_uri</c> attribute.</summary>
    public string? ErrorUri { get; set; }

    /// <summary>Whether an event handler wrote the answer itself.</summary>
    public bool Handled { get; private set; }

    /// <summary>Skips the handler's 401 answer: the event handler writes the response.</summary>
    public void HandleResponse() => Handled = true;
}
