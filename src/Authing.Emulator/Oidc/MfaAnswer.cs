namespace Authing.Emulator.Oidc;

/// <summary>The MFA part of a login-page login: the TOTP code the user typed, or none yet.</summary>
/// <param name="Code">The six-digit code; <see langword="null"/> before the user was asked for it.</param>
public sealed record MfaAnswer(string? Code);
