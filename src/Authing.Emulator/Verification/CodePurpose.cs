namespace Authing.Emulator.Verification;

/// <summary>What a verification code proves; a code only counts for its own purpose.</summary>
internal static class CodePurpose
{
    /// <summary>An SMS code for phone login, phone registration or phone verification.</summary>
    public const string Sms = "sms";

    /// <summary>An e-mailed code for resetting a forgotten password.</summary>
    public const string ResetPassword = "reset-password";

    /// <summary>An e-mailed link token that verifies the address.</summary>
    public const string VerifyEmail = "verify-email";

    /// <summary>A code e-mailed by <c>sendChangeEmailVerifyCode</c>, used by <c>updateEmail</c>.</summary>
    public const string ChangeEmail = "change-email";
}
