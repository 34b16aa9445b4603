using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>The context of <see cref="AuthingEvents.OnTokenValidated"/>: <c>Principal</c> is set and <c>Fail</c> rejects it.</summary>
/// <param name="context">The request's context.</param>
/// <param name="scheme">The authentication scheme.</param>
/// <param name="options">The scheme's options.</param>
/// <param name="tokenClaims">The data Authing returned for the token.</param>
public sealed class TokenValidatedContext(HttpContext context, AuthenticationScheme scheme, AuthingOptions options, AuthingTokenClaims tokenClaims)
    : ResultContext<AuthingOptions>(context, scheme, options)
{
    /// <summary>The data Authing returned for the token.</summary>
    public AuthingTokenClaims TokenClaims { get; } = tokenClaims;
}
