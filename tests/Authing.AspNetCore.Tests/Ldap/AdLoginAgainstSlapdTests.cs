using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Ldap;

/// <summary>
/// LoginByLDAP with an <c>adConnectorId</c> (the SDK's loginByAd) against the same OpenLDAP directory, whose entries
/// carry AD's <c>sAMAccountName</c> and <c>userPrincipalName</c>.
/// </summary>
public sealed class AdLoginAgainstSlapdTests : IClassFixture<SlapdServer>, IDisposable
{
    private const string ConnectorId = "5e92d8ee66ecf75b812783a4";
    private readonly EmulatorServer emulator;
    private readonly EmulatorUsers users;

    public AdLoginAgainstSlapdTests(SlapdServer directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var settings = directory.ConnectorSettings("Emulator:UserPools:0:AdConnectors:0:");
        settings["Emulator:UserPools:0:AdConnectors:0:Id"] = ConnectorId;
        settings["Emulator:UserPools:0:AdConnectors:0:Domain"] = "mycompany";
        emulator = new EmulatorServer { Settings = settings };
        users = new EmulatorUsers(emulator);
    }

    public void Dispose()
    {
        users.Dispose();
        emulator.Dispose();
    }

    [Fact]
    public async Task Domain_login_creates_the_user_as_Authing_answers()
    {
        AuthingUser user = await LoginAsync(@"MYCOMPANY\mary.smith", SlapdServer.MaryPassword);

        Assert.Equal($"ad|{ConnectorId}|{SlapdServer.MaryDn}", user.Unionid);
        Assert.Equal("ad", user.RegisterMethod);
        Assert.Equal(@"mycompany\mary.smith", user.Username);
        Assert.Equal("Mary Smith", user.Nickname);
        Assert.Equal("mary@mycompany.local", user.Email);
        Assert.Contains("\"sAMAccountName\":\"mary.smith\"", user.Oauth, StringComparison.Ordinal);
        Assert.True((await users.Client.CheckLoginStatusAsync(user.Token!)).Status);
    }

    [Fact]
    public async Task Principal_name_login_reuses_the_user_of_the_domain_login()
    {
        AuthingUser first = await LoginAsync(@"mycompany\mary.smith", SlapdServer.MaryPassword);

        AuthingUser second = await LoginAsync("mary.smith@mycompany.local", SlapdServer.MaryPassword);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.LoginsCount);
        Assert.Equal(1, (await users.Client.ListUsersAsync()).TotalCount);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_2006()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(@"mycompany\mary.smith", SlapdServer.TeslaPassword));

        Assert.Equal(2006, failure.Code);
    }

    [Fact]
    public async Task Another_domain_is_refused_with_2004()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(@"othercorp\mary.smith", SlapdServer.MaryPassword));

        Assert.Equal(2004, failure.Code);
    }

    [Theory]
    [InlineData(@"mycompany\*")]
    [InlineData(@"mycompany\*)(sAMAccountName=*")]
    [InlineData("*)(userPrincipalName=*@mycompany.local")]
    public async Task Filter_injection_matches_no_entry(string username)
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync(username, SlapdServer.MaryPassword));

        Assert.Equal(2004, failure.Code);
    }

    [Fact]
    public async Task Name_without_domain_is_refused()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => LoginAsync("mary.smith", SlapdServer.MaryPassword));

        Assert.Equal(500, failure.Code);
        Assert.Contains("domain", failure.AuthingMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_connector_is_refused()
    {
        var failure = await Assert.ThrowsAsync<AuthingException>(() => users.Client.LoginByAdAsync(
            new AdLoginRequest { AdConnectorId = "0123456789abcdef01234567", Username = @"mycompany\mary.smith", Password = SlapdServer.MaryPassword }));

        Assert.Contains("AD Connector", failure.AuthingMessage, StringComparison.Ordinal);
    }

    private Task<AuthingUser> LoginAsync(string username, string password)
        => users.Client.LoginByAdAsync(new AdLoginRequest { AdConnectorId = ConnectorId, Username = username, Password = password });
}
