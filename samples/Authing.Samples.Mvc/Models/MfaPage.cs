using Authing.AspNetCore.Mfa;

namespace Authing.Samples.Mvc.Models;

/// <summary>The two-step sign-in page: the status, the new secret while enrolling, and the code form.</summary>
/// <param name="Enabled">Whether MFA is on.</param>
/// <param name="Enrollment">The new secret, right after the user asked to turn MFA on.</param>
/// <param name="Form">The code form.</param>
public sealed record MfaPage(bool Enabled, AuthingMfaEnrollment? Enrollment, MfaCodeForm Form);
