namespace Authing.Emulator.Ldap;

/// <summary>
/// An LDAP directory a user pool logs its users in against (<c>Emulator:UserPools:N:Ldap</c>). A login searches for
/// the user with the service account, then binds as the entry it found with the user's password.
/// </summary>
/// <remarks>
/// Defaults: no service account (an anonymous search), user filter <c>(|(uid={0})(mail={0}))</c>, the attribute
/// mapping of <see cref="LdapAttributeMapping"/>, 5 seconds per directory operation.
/// </remarks>
public class LdapConnectorOptions
{
    /// <summary>The directory server, <c>ldap://host:port</c> or <c>ldaps://host:port</c> (ports 389 and 636 by default).</summary>
    public Uri? Url { get; set; }

    /// <summary>The DN of the service account that searches for users; empty for an anonymous search.</summary>
    public string BindDn { get; set; } = string.Empty;

    /// <summary>The service account's password.</summary>
    public string BindPassword { get; set; } = string.Empty;

    /// <summary>The DN users are searched under (the whole subtree), for example <c>ou=people,dc=example,dc=org</c>.</summary>
    public string SearchBase { get; set; } = string.Empty;

    /// <summary>
    /// The search filter; <c>{0}</c> stands for the login name, escaped as RFC 4515 requires. For an AD connector the
    /// name is the account part of <c>DOMAIN\name</c>, or the whole <c>name@suffix</c>.
    /// </summary>
    public string UserFilter { get; set; } = "(|(uid={0})(mail={0}))";

    /// <summary>Which entry attributes fill the pool user's fields.</summary>
    public LdapAttributeMapping Attributes { get; } = new();

    /// <summary>How long one directory operation (connect and bind, or search) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
