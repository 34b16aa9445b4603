namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>
/// Which directory sign-in the site offers (section <c>Sample:DirectorySignIn</c>): the user pool's LDAP directory,
/// an Active Directory connector, or both. With neither, the directory page does not exist.
/// </summary>
public sealed class DirectorySignInOptions
{
    /// <summary>True when the user pool has an LDAP directory (Authing's <c>LoginByLDAP</c> with the pool id).</summary>
    public bool Ldap { get; set; }

    /// <summary>The AD connector id users sign in through; null for none.</summary>
    public string? AdConnectorId { get; set; }

    /// <summary>True when any directory sign-in is configured.</summary>
    public bool Enabled => Ldap || !string.IsNullOrWhiteSpace(AdConnectorId);
}
