using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Set a new password with the code Authing e-mailed.</summary>
public sealed class ResetPasswordForm
{
    /// <summary>The account's e-mail address.</summary>
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    /// <summary>The e-mailed code; not needed to request one.</summary>
    [StringLength(12)]
    [Display(Name = "Code from the e-mail")]
    public string? Code { get; set; }

    /// <summary>The new password; not needed to request a code.</summary>
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Use 8 to 128 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }
}
