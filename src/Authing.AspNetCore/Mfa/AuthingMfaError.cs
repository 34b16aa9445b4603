namespace Authing.AspNetCore.Mfa;

/// <summary>Why an MFA step was refused.</summary>
public enum AuthingMfaError
{
    /// <summary>The code is not six digits.</summary>
    MalformedCode,

    /// <summary>The code is wrong, from too long ago, or was used already.</summary>
    InvalidCode,

    /// <summary>The challenge was not issued here, was tampered with, or was already used or ended.</summary>
    ChallengeInvalid,

    /// <summary>The challenge is older than <see cref="AuthingMfaOptions.ChallengeLifetime"/>.</summary>
    ChallengeExpired,

    /// <summary>The challenge received <see cref="AuthingMfaOptions.MaxAttempts"/> wrong codes and has ended.</summary>
    TooManyAttempts,

    /// <summary>MFA is already on.</summary>
    AlreadyEnabled,

    /// <summary>MFA is off.</summary>
    NotEnabled,
}
