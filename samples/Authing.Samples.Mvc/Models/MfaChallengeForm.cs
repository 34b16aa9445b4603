using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>The second step of a sign-in: the code from the authenticator app, for the challenge the password step opened.</summary>
public sealed class MfaChallengeForm
{
    /// <summary>The opaque challenge (Data Protection protected).</summary>
    [Required]
    public string Challenge { get; set; } = string.Empty;

    /// <summary>The six-digit code.</summary>
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "The code has six digits.")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = string.Empty;

    /// <summary>Keep the session after the browser closes.</summary>
    public bool RememberMe { get; set; }

    /// <summary>Where to go afterwards (local URLs only).</summary>
    public string? ReturnUrl { get; set; }
}
