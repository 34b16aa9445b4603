namespace Authing.Emulator.Mfa;

/// <summary>A user's MFA state (Authing's "MFA 主体"): whether it is on, the TOTP secret, and the last time step a code was accepted for.</summary>
/// <param name="Id">The 24-hex id of the MFA record.</param>
/// <param name="PoolId">The user's pool.</param>
/// <param name="UserId">The user.</param>
/// <param name="Enable">True when logins need a code.</param>
/// <param name="ShareKey">The TOTP secret, base32.</param>
/// <param name="LastUsedStep">The time step of the last accepted code; codes of that step or earlier are refused.</param>
public sealed record MfaSettings(string Id, string PoolId, string UserId, bool Enable, string ShareKey, long? LastUsedStep);
