namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>Names of the sample's authorization and rate-limiting policies.</summary>
public static class SamplePolicies
{
    /// <summary>Users whose e-mail is in <see cref="SampleOptions.AdminEmails"/>.</summary>
    public const string Admin = "SampleAdmin";

    /// <summary>The rate limit on sign-in and code forms.</summary>
    public const string SignInLimit = "SampleSignIn";
}
