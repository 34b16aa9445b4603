using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>The profile fields a user edits.</summary>
public sealed class ProfileForm
{
    /// <summary>The nickname.</summary>
    [StringLength(64)]
    public string? Nickname { get; set; }

    /// <summary>The company.</summary>
    [StringLength(128)]
    public string? Company { get; set; }

    /// <summary>The URL of a photo.</summary>
    [Url(ErrorMessage = "Enter an absolute http or https URL.")]
    [StringLength(512)]
    [Display(Name = "Photo URL")]
    public string? Photo { get; set; }
}
