using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>The context of <see cref="AuthingEvents.OnMessageReceived"/>.</summary>
/// <param name="context">The request's context.</param>
/// <param name="scheme">The authentication scheme.</param>
/// <param name="options">The scheme's options.</param>
public sealed class MessageReceivedContext(HttpContext context, AuthenticationScheme scheme, AuthingOptions options)
    : ResultContext<AuthingOptions>(context, scheme, options)
{
    /// <summary>The token to validate; when set, the configured <see cref="AuthingOptions.TokenSources"/> are not read.</summary>
    public string? Token { get; set; }
}
