using Authing.AspNetCore.Client;
using Authing.AspNetCore.Oidc;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// The default <see cref="IAuthingTokenIntrospector"/>: asks the Authing client registered under the scheme's name
/// (<c>checkLoginStatus</c> or <c>decodeJwtToken</c>), so each scheme talks to its own user pool; an OIDC access token
/// is validated locally against the provider's JWKS instead.
/// </summary>
/// <remarks>
/// A rejected token is an answer (<see cref="AuthingTokenIntrospection.Active"/> = <see langword="false"/>); a
/// transport failure, a business error or an answer that claims success without a user id throws, and the handler
/// fails closed.
/// </remarks>
internal sealed class AuthingClientTokenIntrospector(IAuthingClientFactory clients, AuthingOidcAccessTokenValidator accessTokens) : IAuthingTokenIntrospector
{
    private const int Success = 200;

    public async Task<AuthingTokenIntrospection> IntrospectAsync(string schemeName, string token, AuthingValidationMode mode, CancellationToken cancellationToken)
    {
        if (mode == AuthingValidationMode.OidcAccessToken)
        {
            return await accessTokens.ValidateAsync(schemeName, token, cancellationToken).ConfigureAwait(false);
        }

        AuthingClient client = clients.GetClient(schemeName);
        return mode switch
        {
            AuthingValidationMode.CheckLoginStatus => FromLoginStatus(await client.CheckLoginStatusAsync(token, cancellationToken).ConfigureAwait(false)),
            AuthingValidationMode.DecodeJwtToken => FromDecodedToken(await client.DecodeJwtTokenAsync(token, cancellationToken).ConfigureAwait(false)),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown Authing validation mode."),
        };
    }

    private static AuthingTokenIntrospection FromLoginStatus(LoginStatus status)
    {
        int code = status.Code ?? (status.Status ? Success : 0);
        return status.Status && code == Success
            ? Accepted(status.Token?.Data, status.Token?.Iat, status.Token?.Exp, "checkLoginStatus")
            : Rejected(code, status.Message, "checkLoginStatus");
    }

    private static AuthingTokenIntrospection FromDecodedToken(DecodedJwtToken decoded)
    {
        int code = decoded.Status?.Code ?? 0;
        return decoded.Status?.Status != false && code == Success
            ? Accepted(decoded.Data, decoded.Iat, decoded.Exp, "decodeJwtToken")
            : Rejected(code, decoded.Status?.Message, "decodeJwtToken");
    }

    private static AuthingTokenIntrospection Accepted(TokenData? data, long? issuedAt, long? expiresAt, string operation)
    {
        if (string.IsNullOrEmpty(data?.Id))
        {
            throw new AuthingTransportException($"Authing accepted the token in '{operation}' but named no user id.", null, null);
        }

        var claims = new AuthingTokenClaims(data.Id, data.Email, Phone: null, data.ClientId, data.Unionid, issuedAt, expiresAt);
        return new AuthingTokenIntrospection(Active: true, Success, Message: null, claims);
    }

    private static AuthingTokenIntrospection Rejected(int code, string? message, string operation)
    {
        if (code == 0)
        {
            throw new AuthingTransportException($"Authing answered '{operation}' with neither a success nor an error code.", null, null);
        }

        return new AuthingTokenIntrospection(Active: false, code, message, Claims: null);
    }
}
