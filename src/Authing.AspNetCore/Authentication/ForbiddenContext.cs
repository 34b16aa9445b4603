using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>The context of <see cref="AuthingEvents.OnForbidden"/>.</summary>
/// <param name="context">The request's context.</param>
/// <param name="scheme">The authentication scheme.</param>
/// <param name="options">The scheme's options.</param>
public sealed class ForbiddenContext(HttpContext context, AuthenticationScheme scheme, AuthingOptions options)
    : ResultContext<AuthingOptions>(context, scheme, options);
