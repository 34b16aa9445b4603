using System.ComponentModel.DataAnnotations;

namespace Authing.Samples.Mvc.Models;

/// <summary>Sign in with a directory account (LDAP, or Active Directory as <c>DOMAIN\name</c> or <c>name@domain</c>).</summary>
public sealed class DirectorySignInForm
{
    /// <summary>The directory the account belongs to: <see cref="LdapKind"/> or <see cref="ActiveDirectoryKind"/>.</summary>
    [Required]
    [RegularExpression("^(ldap|ad)$")]
    public string Kind { get; set; } = LdapKind;

    /// <summary>The account name in the directory.</summary>
    [Required(ErrorMessage = "Enter your directory account.")]
    [StringLength(256)]
    [Display(Name = "Directory account")]
    public string Username { get; set; } = string.Empty;

    /// <summary>The directory password.</summary>
    [Required(ErrorMessage = "Enter your directory password.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go afterwards (local URLs only).</summary>
    public string? ReturnUrl { get; set; }

    /// <summary>The value of <see cref="Kind"/> for the pool's LDAP directory.</summary>
    public const string LdapKind = "ldap";

    /// <summary>The value of <see cref="Kind"/> for the Active Directory connector.</summary>
    public const string ActiveDirectoryKind = "ad";
}
