namespace Authing.Emulator.Ldap;

/// <summary>
/// An Active Directory connector of a user pool (<c>Emulator:UserPools:N:AdConnectors:M</c>), reached over LDAP. Its
/// <see cref="Id"/> is the <c>adConnectorId</c> of <c>LoginByLDAP</c>; users log in as <c>DOMAIN\name</c> or
/// <c>name@suffix</c>.
/// </summary>
/// <remarks>
/// Defaults as <see cref="LdapConnectorOptions"/>, except the user filter
/// <c>(|(sAMAccountName={0})(userPrincipalName={0}))</c> and the user name attribute <c>sAMAccountName</c>, which
/// becomes <c>DOMAIN\value</c>.
/// </remarks>
public sealed class AdConnectorOptions : LdapConnectorOptions
{
    /// <summary>Creates the options with the AD defaults.</summary>
    public AdConnectorOptions()
    {
        UserFilter = "(|(sAMAccountName={0})(userPrincipalName={0}))";
        Attributes.Username = "sAMAccountName";
    }

    /// <summary>The connector id (24 hexadecimal characters), unique across the emulator's pools.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The NetBIOS domain name, for example <c>mycompany</c>: the <c>DOMAIN</c> of <c>DOMAIN\name</c>.</summary>
    public string Domain { get; set; } = string.Empty;
}
