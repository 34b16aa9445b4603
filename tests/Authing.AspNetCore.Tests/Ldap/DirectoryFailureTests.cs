using System.Net.Http.Json;
using System.Text.Json;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Ldap;

/// <summary>LDAP logins that cannot succeed end in business errors (HTTP 200 with an Authing code), never a 500.</summary>
public sealed class DirectoryFailureTests(SlapdServer directory) : IClassFixture<SlapdServer>
{
    private const string Prefix = "Emulator:UserPools:0:Ldap:";

    [Fact]
    public async Task Unreachable_directory_is_a_business_error()
    {
        var settings = directory.ConnectorSettings(Prefix);
        settings[Prefix + "Url"] = $"ldap://127.0.0.1:{SlapdServer.FreePort()}";
        using var emulator = new EmulatorServer { Settings = settings };
        using var users = new EmulatorUsers(emulator);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(users, "tesla", SlapdServer.TeslaPassword));

        Assert.Equal(500, failure.Code);
        Assert.Contains("LDAP", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_that_never_answers_is_a_business_error_before_the_client_gives_up()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var settings = directory.ConnectorSettings(Prefix);
        settings[Prefix + "Url"] = $"ldap://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}";
        settings[Prefix + "Timeout"] = "00:00:01";
        using var emulator = new EmulatorServer { Settings = settings };
        using var users = new EmulatorUsers(emulator);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(users, "tesla", SlapdServer.TeslaPassword));

        Assert.Contains("LDAP", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_service_account_is_a_business_error()
    {
        var settings = directory.ConnectorSettings(Prefix);
        settings[Prefix + "BindPassword"] = "not-the-service-password";
        using var emulator = new EmulatorServer { Settings = settings };
        using var users = new EmulatorUsers(emulator);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(users, "tesla", SlapdServer.TeslaPassword));

        Assert.Contains("BindDn", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pool_without_a_connector_refuses_LDAP_login()
    {
        using var emulator = new EmulatorServer();
        using var users = new EmulatorUsers(emulator);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(users, "tesla", SlapdServer.TeslaPassword));

        Assert.Contains("未配置 LDAP", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_password_is_refused_before_any_anonymous_bind()
    {
        using var emulator = new EmulatorServer { Settings = directory.ConnectorSettings(Prefix) };
        using HttpClient http = emulator.CreateClient();
        var body = new
        {
            query = "mutation LoginByLDAP($username: String!, $password: String!, $clientId: String!) { LoginByLDAP(username: $username, clientId: $clientId, password: $password) { _id token } }",
            variables = new { username = "tesla", password = "", clientId = EmulatorServer.PoolId },
        };

        using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri("/oauth/graphql", UriKind.Relative), body);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using JsonDocument answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2006, answer.RootElement.GetProperty("errors")[0].GetProperty("message").GetProperty("code").GetInt32());
    }

    private static Task<AuthingUser> LoginAsync(EmulatorUsers users, string username, string password)
        => users.Client.LoginByLdapAsync(new LdapLoginRequest { Username = username, Password = password });
}
