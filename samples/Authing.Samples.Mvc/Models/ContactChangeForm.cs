using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Change the e-mail address or phone number with codes sent to the new one and the current one.</summary>
public sealed class ContactChangeForm
{
    /// <summary>The new e-mail address or phone number.</summary>
    [Required(ErrorMessage = "Enter the new value.")]
    [StringLength(254)]
    [Display(Name = "New value")]
    public string NewValue { get; set; } = string.Empty;

    /// <summary>The code sent to the new value; not needed to request codes.</summary>
    [StringLength(12)]
    [Display(Name = "Code sent to the new value")]
    public string? NewCode { get; set; }

    /// <summary>The code sent to the current value, when the account has one.</summary>
    [StringLength(12)]
    [Display(Name = "Code sent to the current value")]
    public string? OldCode { get; set; }
}
