using System.Text.Json;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Ldap;

/// <summary>
/// LoginByLDAP through the client, the emulator and a real OpenLDAP directory: the emulator searches with the service
/// account, binds as the entry with the user's password, and logs in (or creates) the pool user of that entry.
/// </summary>
public sealed class LdapLoginAgainstSlapdTests : IClassFixture<SlapdServer>, IDisposable
{
    private readonly EmulatorServer emulator;
    private readonly EmulatorUsers users;

    public LdapLoginAgainstSlapdTests(SlapdServer directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        emulator = new EmulatorServer { Settings = directory.ConnectorSettings("Emulator:UserPools:0:Ldap:") };
        users = new EmulatorUsers(emulator);
    }

    public void Dispose()
    {
        users.Dispose();
        emulator.Dispose();
    }

    [Fact]
    public async Task First_login_creates_the_pool_user_of_the_entry_as_Authing_answers()
    {
        AuthingUser user = await LoginAsync("tesla", SlapdServer.TeslaPassword);

        Assert.Equal(SlapdServer.TeslaDn, user.Unionid);
        Assert.Equal("ldap:default::from-undefined", user.RegisterMethod);
        Assert.Equal("tesla@example.org", user.Email);
        Assert.Equal("Nikola Tesla", user.Username);
        Assert.Equal("Nikola Tesla", user.Nickname);
        Assert.Equal(1, user.LoginsCount);
        using JsonDocument oauth = JsonDocument.Parse(user.Oauth!);
        Assert.Equal(SlapdServer.TeslaDn, oauth.RootElement.GetProperty("dn").GetString());
        Assert.Equal(JsonValueKind.Array, oauth.RootElement.GetProperty("controls").ValueKind);
        Assert.Equal("tesla", oauth.RootElement.GetProperty("uid").GetString());
        Assert.Equal("inetOrgPerson", oauth.RootElement.GetProperty("objectClass").GetString());
        LoginStatus status = await users.Client.CheckLoginStatusAsync(user.Token!);
        Assert.True(status.Status);
        Assert.Equal(user.Id, status.Token?.Data?.Id);
    }

    [Fact]
    public async Task Second_login_reuses_the_pool_user()
    {
        AuthingUser first = await LoginAsync("tesla", SlapdServer.TeslaPassword);

        AuthingUser second = await LoginAsync("tesla@example.org", SlapdServer.TeslaPassword);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.LoginsCount);
        Assert.Equal(1, (await users.Client.ListUsersAsync()).TotalCount);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_2006_and_creates_no_user()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync("tesla", "not-the-password"));

        Assert.Equal(2006, failure.Code);
        Assert.Equal(0, (await users.Client.ListUsersAsync()).TotalCount);
    }

    [Fact]
    public async Task Unknown_user_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync("nobody", SlapdServer.TeslaPassword));

        Assert.Equal(2004, failure.Code);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*)(uid=*")]
    [InlineData("admin)(|(password=*")]
    [InlineData("admin)(uid=*")]
    [InlineData("adm*")]
    [InlineData("admin\\29")]
    public async Task Filter_injection_in_the_username_matches_no_entry(string username)
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(username, SlapdServer.AdminPassword));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Name_matching_several_entries_is_refused()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(SlapdServer.SharedMail, SlapdServer.TeslaPassword));

        Assert.Equal(500, failure.Code);
        Assert.Contains("多个条目", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_password_is_not_kept_by_the_pool_user()
    {
        AuthingUser user = await LoginAsync("tesla", SlapdServer.TeslaPassword);

        Assert.DoesNotContain(SlapdServer.TeslaPassword, user.Oauth!, StringComparison.Ordinal);
        Assert.DoesNotContain("userPassword", user.Oauth!, StringComparison.OrdinalIgnoreCase);
        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.LoginAsync(new LoginRequest { Email = "tesla@example.org", Password = SlapdServer.TeslaPassword }));
        Assert.Equal(2006, failure.Code);
    }

    [Fact]
    public async Task Unionid_alone_does_not_log_in_a_directory_user()
    {
        await LoginAsync("tesla", SlapdServer.TeslaPassword);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.LoginAsync(new LoginRequest { Unionid = SlapdServer.TeslaDn }));

        Assert.Equal(2006, failure.Code);
    }

    private Task<AuthingUser> LoginAsync(string username, string password)
        => users.Client.LoginByLdapAsync(new LdapLoginRequest { Username = username, Password = password });
}
