namespace Authing.AspNetCore.Authentication;

/// <summary>How the Authing scheme validates a token: by asking Authing about a UserToken, or locally for an OIDC access token.</summary>
public enum AuthingValidationMode
{
    /// <summary><c>checkLoginStatus</c>: Authing checks the signature, the expiry and that the user has not logged out.</summary>
    CheckLoginStatus,

    /// <summary><c>decodeJwtToken</c>: Authing checks the signature and decodes the payload.</summary>
    DecodeJwtToken,

    /// <summary>
    /// The token is an access token of an Authing OIDC application, validated here against the provider's JWKS
    /// (signature, <c>iss</c>, <c>aud</c> = <see cref="AuthingOptions.OidcAudience"/>, <c>exp</c>): no call to Authing per token.
    /// </summary>
    OidcAccessToken,
}
