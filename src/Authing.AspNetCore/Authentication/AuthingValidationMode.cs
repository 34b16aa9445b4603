namespace Authing.AspNetCore.Authentication;

/// <summary>The Authing operation that validates a UserToken.</summary>
public enum AuthingValidationMode
{
    /// <summary><c>checkLoginStatus</c>: Authing checks the signature, the expiry and that the user has not logged out.</summary>
    CheckLoginStatus,

    /// <summary><c>decodeJwtToken</c>: Authing checks the signature and decodes the payload.</summary>
    DecodeJwtToken,
}
