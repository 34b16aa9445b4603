using Authing.Emulator.Configuration;
using Authing.Emulator.Formats;

namespace Authing.Emulator.Ldap;

/// <summary>Checks the directory connectors of the configured pools at start and names what to fix.</summary>
internal static class LdapConnectorValidator
{
    public static void Validate(IList<UserPoolOptions> pools, List<string> failures)
    {
        var connectorIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pools.Count; i++)
        {
            if (pools[i].Ldap is { } ldap)
            {
                ValidateConnector(ldap, $"Emulator:UserPools:{i}:Ldap", failures);
            }

            for (var j = 0; j < pools[i].AdConnectors.Count; j++)
            {
                var ad = pools[i].AdConnectors[j];
                var key = $"Emulator:UserPools:{i}:AdConnectors:{j}";
                ValidateConnector(ad, key, failures);
                if (!ObjectId.IsValid(ad.Id))
                {
                    failures.Add($"{key}:Id must be 24 hexadecimal characters (the adConnectorId clients send).");
                }
                else if (!connectorIds.Add(ad.Id))
                {
                    failures.Add($"{key}:Id repeats the AD connector id {ad.Id}; connector ids are unique across pools.");
                }

                if (string.IsNullOrWhiteSpace(ad.Domain) || ad.Domain.Contains('\\', StringComparison.Ordinal))
                {
                    failures.Add($"{key}:Domain must name the NetBIOS domain (the DOMAIN of DOMAIN\\name), for example mycompany.");
                }
            }
        }
    }

    private static void ValidateConnector(LdapConnectorOptions connector, string key, List<string> failures)
    {
        if (connector.Url is not { IsAbsoluteUri: true } url || (url.Scheme != "ldap" && url.Scheme != "ldaps") || url.Host.Length == 0)
        {
            failures.Add($"{key}:Url must be an ldap:// or ldaps:// URL with a host, for example ldap://127.0.0.1:389.");
        }

        if (string.IsNullOrWhiteSpace(connector.SearchBase))
        {
            failures.Add($"{key}:SearchBase must name the DN users are searched under, for example ou=people,dc=example,dc=org.");
        }

        if (!connector.UserFilter.Contains("{0}", StringComparison.Ordinal) || !connector.UserFilter.StartsWith('(') || !connector.UserFilter.EndsWith(')'))
        {
            failures.Add($"{key}:UserFilter must be a parenthesised LDAP filter with {{0}} where the login name goes, for example (uid={{0}}).");
        }

        if (string.IsNullOrEmpty(connector.BindDn) != string.IsNullOrEmpty(connector.BindPassword))
        {
            failures.Add($"{key}:BindDn and {key}:BindPassword go together: set both for a service account, or neither for an anonymous search.");
        }

        if (connector.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{key}:Timeout must be a positive duration, for example 00:00:05.");
        }
    }
}
