using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>A code from the authenticator app, to turn MFA on or off.</summary>
public sealed class MfaCodeForm
{
    /// <summary>The six-digit code.</summary>
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [RegularExpression("^[0-9]{6}$", ErrorMessage = "The code has six digits.")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = string.Empty;
}
