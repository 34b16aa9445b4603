using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Change the password, proving the current one.</summary>
public sealed class ChangePasswordForm
{
    /// <summary>The current password.</summary>
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string OldPassword { get; set; } = string.Empty;

    /// <summary>The new password.</summary>
    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Use 8 to 128 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;
}
