using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Mfa;

/// <summary>Whether the signed-in user's logins need a TOTP code.</summary>
/// <param name="Enabled">True when MFA is on.</param>
public sealed record AuthingMfaStatus(bool Enabled);

/// <summary>A new TOTP secret to add to an authenticator app; MFA turns on only once a code from it is confirmed.</summary>
/// <param name="Secret">The secret, base32, for typing into the app by hand.</param>
/// <param name="OtpauthUri">The <c>otpauth://totp/...</c> URI the QR code holds.</param>
/// <param name="QrCodeSvg">The QR code of <paramref name="OtpauthUri"/> as an SVG document.</param>
public sealed record AuthingMfaEnrollment(string Secret, string OtpauthUri, string QrCodeSvg);

/// <summary>An open login challenge: answer it with a TOTP code before <paramref name="ExpiresAt"/>.</summary>
/// <param name="Token">The opaque, Data Protection protected challenge.</param>
/// <param name="ExpiresAt">When the challenge ends.</param>
public sealed record AuthingMfaChallenge(string Token, DateTimeOffset ExpiresAt);

/// <summary>The outcome of a password login: the signed-in user, or a challenge when Authing asks for a TOTP code.</summary>
/// <param name="User">The user with the UserToken, when no code was needed.</param>
/// <param name="Challenge">The challenge to answer, when Authing answered 1635.</param>
public sealed record AuthingMfaLoginResult(AuthingUser? User, AuthingMfaChallenge? Challenge)
{
    /// <summary>True when a TOTP code must be given (<see cref="Challenge"/> is set).</summary>
    public bool RequiresCode => Challenge is not null;
}
