namespace Authing.AspNetCore.Mfa;

/// <summary>Names and defaults of the MFA endpoints.</summary>
public static class AuthingMfaDefaults
{
    /// <summary>The default route prefix of the endpoints.</summary>
    public const string RoutePrefix = "/authing/mfa";

    /// <summary>The name of the rate-limiting policy the login and code endpoints use.</summary>
    public const string RateLimiterPolicy = "AuthingMfa";

    /// <summary>The Data Protection purpose of challenges; a new version invalidates the challenges of the previous one.</summary>
    public const string ChallengePurpose = "Authing.AspNetCore.Mfa.Challenge.v1";

    /// <summary>The Data Protection purpose of the credentials kept while a challenge is open.</summary>
    public const string CredentialsPurpose = "Authing.AspNetCore.Mfa.Credentials.v1";

    /// <summary>Authing's code for "this login needs an MFA code".</summary>
    public const int MfaCodeRequired = 1635;
}
