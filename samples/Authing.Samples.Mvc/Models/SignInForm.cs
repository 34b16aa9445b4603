using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Sign in with an e-mail address or user name and a password.</summary>
public sealed class SignInForm
{
    /// <summary>An e-mail address or a user name.</summary>
    [Required(ErrorMessage = "Enter your e-mail address or user name.")]
    [StringLength(254)]
    [Display(Name = "E-mail or user name")]
    public string Account { get; set; } = string.Empty;

    /// <summary>The password.</summary>
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    /// <summary>Keep the session after the browser closes.</summary>
    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }

    /// <summary>Where to go afterwards (local URLs only).</summary>
    public string? ReturnUrl { get; set; }
}
