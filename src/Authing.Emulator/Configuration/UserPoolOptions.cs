using Authing.Emulator.Ldap;

namespace Authing.Emulator.Configuration;

/// <summary>A user pool to seed at start.</summary>
public sealed class UserPoolOptions
{
    /// <summary>The pool id (the client id of the SDKs): 24 hexadecimal characters.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The pool secret exchanged for an OwnerToken by <c>getClientWhenSdkInit</c>.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The pool's display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The LDAP directory the pool's users log in against with <c>LoginByLDAP(clientId: ...)</c>; none when null.</summary>
    public LdapConnectorOptions? Ldap { get; set; }

    /// <summary>The pool's Active Directory connectors, used by <c>LoginByLDAP(adConnectorId: ...)</c>.</summary>
    public IList<AdConnectorOptions> AdConnectors { get; } = [];
}
