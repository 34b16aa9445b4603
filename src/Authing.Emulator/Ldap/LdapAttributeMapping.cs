namespace Authing.Emulator.Ldap;

/// <summary>
/// The directory attributes that fill a pool user's fields when the user first logs in; an empty name maps nothing.
/// </summary>
/// <remarks>Defaults: user name and nickname <c>cn</c>, e-mail <c>mail</c>, no phone.</remarks>
public sealed class LdapAttributeMapping
{
    /// <summary>The attribute holding the user name.</summary>
    public string Username { get; set; } = "cn";

    /// <summary>The attribute holding the nickname.</summary>
    public string Nickname { get; set; } = "cn";

    /// <summary>The attribute holding the e-mail address.</summary>
    public string Email { get; set; } = "mail";

    /// <summary>The attribute holding the phone number.</summary>
    public string Phone { get; set; } = string.Empty;
}
