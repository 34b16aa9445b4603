namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Asks Authing whether a UserToken is valid (<c>checkLoginStatus</c> or <c>decodeJwtToken</c> on the users gateway).
/// </summary>
/// <remarks>
/// The Authing handler calls this abstraction on a cache miss, at most once per token at a time. An implementation
/// answers <see cref="AuthingTokenIntrospection.Active"/> = <see langword="false"/> for a token Authing rejected and
/// throws for an upstream failure (network, timeout, an unreadable answer); the handler fails closed on a throw and
/// never caches it.
/// </remarks>
public interface IAuthingTokenIntrospector
{
    /// <summary>Validates <paramref name="token"/> against the user pool configured for <paramref name="schemeName"/>.</summary>
    /// <param name="schemeName">The authentication scheme asking, so that each scheme can talk to its own user pool.</param>
    /// <param name="token">The UserToken as the client sent it.</param>
    /// <param name="mode">Which Authing operation validates the token.</param>
    /// <param name="cancellationToken">Cancelled when no request waits for the answer any more.</param>
    /// <returns>Authing's verdict on the token.</returns>
    Task<AuthingTokenIntrospection> IntrospectAsync(string schemeName, string token, AuthingValidationMode mode, CancellationToken cancellationToken);
}
