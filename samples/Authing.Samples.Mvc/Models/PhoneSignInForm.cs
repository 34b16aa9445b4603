using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Sign in (or register) with a phone number and an SMS code.</summary>
public sealed class PhoneSignInForm
{
    /// <summary>The phone number.</summary>
    [Required(ErrorMessage = "Enter your phone number.")]
    [RegularExpression(@"^\+?[0-9]{5,20}$", ErrorMessage = "Enter digits only, optionally starting with +.")]
    [Display(Name = "Phone number")]
    public string Phone { get; set; } = string.Empty;

    /// <summary>The SMS code; not needed to request one.</summary>
    [RegularExpression("^[0-9]{4,8}$", ErrorMessage = "The code is 4 to 8 digits.")]
    [Display(Name = "SMS code")]
    public string? Code { get; set; }

    /// <summary>Where to go afterwards (local URLs only).</summary>
    public string? ReturnUrl { get; set; }
}
