using Authing.Emulator.Configuration;
using Authing.Emulator.Ldap;

namespace Authing.Emulator.Tests.Ldap;

/// <summary>Start-up validation of the pools' LDAP and AD connectors names the key to fix.</summary>
public sealed class LdapConnectorValidationTests
{
    [Fact]
    public void Complete_connectors_pass()
    {
        var options = OptionsWith(pool =>
        {
            pool.Ldap = Connector(new LdapConnectorOptions());
            pool.AdConnectors.Add(Ad("5e92d8ee66ecf75b812783a4"));
        });

        Assert.True(new EmulatorOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Connector_without_url_search_base_or_placeholder_fails_naming_each_key()
    {
        var options = OptionsWith(pool => pool.Ldap = new LdapConnectorOptions { Url = new Uri("http://127.0.0.1"), UserFilter = "(uid=tesla)" });

        var failures = new EmulatorOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:Ldap:Url", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:Ldap:SearchBase", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:Ldap:UserFilter", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_account_needs_both_dn_and_password()
    {
        var options = OptionsWith(pool => pool.Ldap = Connector(new LdapConnectorOptions { BindDn = "cn=service,dc=example,dc=org" }));

        var failures = new EmulatorOptionsValidator().Validate(null, options).Failures!;

        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:Ldap:BindDn", StringComparison.Ordinal));
    }

    [Fact]
    public void Ad_connector_ids_are_object_ids_unique_across_pools()
    {
        var options = OptionsWith(pool =>
        {
            pool.AdConnectors.Add(Ad("not-an-id"));
            pool.AdConnectors.Add(Ad("5e92d8ee66ecf75b812783a4"));
            pool.AdConnectors.Add(Ad("5E92D8EE66ECF75B812783A4"));
        });

        var failures = new EmulatorOptionsValidator().Validate(null, options).Failures!;

        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:AdConnectors:0:Id", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:AdConnectors:2:Id repeats", StringComparison.Ordinal));
    }

    [Fact]
    public void Ad_connector_needs_its_domain()
    {
        var connector = Ad("5e92d8ee66ecf75b812783a4");
        connector.Domain = "";
        var options = OptionsWith(pool => pool.AdConnectors.Add(connector));

        var failures = new EmulatorOptionsValidator().Validate(null, options).Failures!;

        Assert.Contains(failures, failure => failure.StartsWith("Emulator:UserPools:0:AdConnectors:0:Domain", StringComparison.Ordinal));
    }

    private static EmulatorOptions OptionsWith(Action<UserPoolOptions> configure)
    {
        var pool = new UserPoolOptions { Id = "5f1e2d3c4b5a697887960a1b", Secret = "secret" };
        configure(pool);
        var options = new EmulatorOptions { Storage = StorageMode.InMemory };
        options.UserPools.Add(pool);
        return options;
    }

    private static T Connector<T>(T connector)
        where T : LdapConnectorOptions
    {
        connector.Url ??= new Uri("ldap://127.0.0.1:389");
        connector.SearchBase = "ou=people,dc=example,dc=org";
        if (connector.BindDn.Length == 0)
        {
            connector.BindDn = "cn=service,dc=example,dc=org";
            connector.BindPassword = "service";
        }

        return connector;
    }

    private static AdConnectorOptions Ad(string id) => Connector(new AdConnectorOptions { Id = id, Domain = "mycompany" });
}
