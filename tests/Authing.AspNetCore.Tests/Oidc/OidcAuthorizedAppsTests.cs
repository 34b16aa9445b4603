using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The apps a user authorized through the code flow, listed and revoked through the client.</summary>
public sealed class OidcAuthorizedAppsTests
{
    [Fact]
    public async Task Consented_app_is_listed_and_after_revoking_consent_is_asked_again()
    {
        await using OidcSite site = await OidcSite.StartAsync();
        AuthingUser user = await site.Users.RegisterAndLoginAsync();
        await site.SignInAsync(user.Email!);

        AuthorizedApps listed = await site.Users.Client.GetAuthorizedAppsAsync(user.Id!);
        AuthorizedOidcApp app = Assert.Single(listed.OidcApps);
        RevokedAuthorizedApp revoked = await site.Users.Client.RevokeAuthorizedAppAsync(user.Id!, app.Id!);
        AuthorizedApps after = await site.Users.Client.GetAuthorizedAppsAsync(user.Id!);

        Assert.Equal(OidcSite.ClientId, app.ClientId);
        Assert.Equal(1, listed.TotalCount);
        Assert.Equal("true", revoked.IsRevoked);
        Assert.Empty(after.OidcApps);
        site.Browser.Cookies.GetCookies(site.Origin).ToList().ForEach(cookie => cookie.Expired = true);
        BrowserPage login = await site.Browser.GetAsync(site.At("/me"));
        BrowserPage consent = login.Url.AbsolutePath == "/oauth/oidc/auth" && site.Browser.HasField(login, "decision")
            ? login
            : await site.Browser.SubmitAsync(login, new Dictionary<string, string> { ["identifier"] = user.Email!, ["password"] = EmulatorUsers.Password }, stopBefore: site.IsAppCallback);
        Assert.True(site.Browser.HasField(consent, "decision"));
    }
}
