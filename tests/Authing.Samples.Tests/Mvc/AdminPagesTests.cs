using System.Net;
using AngleSharp.Html.Dom;

namespace Authing.Samples.Tests.Mvc;

/// <summary>The admin pages: only for the admin policy; list, search, details, block, log out and delete.</summary>
public sealed class AdminPagesTests : IClassFixture<MvcSiteFactory>
{
    private const string Password = "Sample-pass-1";
    private readonly MvcSiteFactory site;

    public AdminPagesTests(MvcSiteFactory site) => this.site = site;

    private static string NewEmail() => $"admin-page-{Guid.NewGuid():N}@example.com";

    private static async Task<SiteBrowser> AdminAsync(MvcSiteFactory site)
    {
        SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument home = await AccountPagesTests.SignInAsync(browser, MvcSiteFactory.AdminEmail, Password);
        if (home.SignedInAs() != MvcSiteFactory.AdminEmail)
        {
            await AccountPagesTests.RegisterAsync(browser, MvcSiteFactory.AdminEmail, Password);
        }

        return browser;
    }

    private static async Task<IHtmlDocument> FindAsync(SiteBrowser admin, string email)
    {
        IHtmlDocument results = await admin.GetAsync($"/admin/users?q={Uri.EscapeDataString(email)}");
        string href = results.QuerySelectorAll("table.users a").Single(link => link.TextContent.Trim() == email).GetAttribute("href")!;
        return await admin.GetAsync(href);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_plain_users_are_denied()
    {
        using SiteBrowser anonymous = site.CreateBrowser();
        using SiteBrowser user = site.CreateBrowser();
        await AccountPagesTests.RegisterAsync(user, NewEmail(), Password);

        using HttpResponseMessage toSignIn = await anonymous.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        using HttpResponseMessage denied = await user.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.Equal("/account/signin", toSignIn.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/account/denied", denied.Headers.Location?.AbsolutePath);
        Assert.Null((await user.GetAsync("/")).QuerySelector("nav a[href='/admin/users']"));
    }

    [Fact]
    public async Task The_admin_lists_users_a_page_at_a_time()
    {
        using SiteBrowser admin = await AdminAsync(site);
        for (int i = 0; i < 21; i++)
        {
            await site.Users.RegisterAndLoginAsync(NewEmail());
        }

        IHtmlDocument first = await admin.GetAsync("/admin/users");
        string next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        IHtmlDocument second = await admin.GetAsync(next);

        Assert.Equal("Users", first.Heading());
        Assert.Equal(20, first.QuerySelectorAll("table.users tbody tr").Length);
        Assert.Contains("Page 1 of", first.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("a[rel='prev']"));
        Assert.NotNull(first.QuerySelector("nav a[href='/admin/users']"));
    }

    [Fact]
    public async Task Search_finds_a_user_by_part_of_the_email_and_by_id()
    {
        using SiteBrowser admin = await AdminAsync(site);
        string email = NewEmail();
        await site.Users.RegisterAndLoginAsync(email);

        IHtmlDocument byText = await admin.GetAsync($"/admin/users?q={Uri.EscapeDataString(email[..20].ToUpperInvariant())}");
        IHtmlDocument details = await FindAsync(admin, email);
        string id = details.QuerySelector(".facts code")!.TextContent;
        IHtmlDocument byId = await admin.GetAsync($"/admin/users?q={id}");
        IHtmlDocument none = await admin.GetAsync("/admin/users?q=nobody-has-this-address");

        Assert.Contains(byText.QuerySelectorAll("table.users a"), link => link.TextContent.Trim() == email);
        Assert.Equal(email, details.Heading());
        Assert.Single(byId.QuerySelectorAll("table.users tbody tr"));
        Assert.Empty(none.QuerySelectorAll("table.users tbody tr"));
        Assert.Contains("0 users", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_user_cannot_sign_in_until_unblocked()
    {
        using SiteBrowser admin = await AdminAsync(site);
        using SiteBrowser user = site.CreateBrowser();
        string email = NewEmail();
        await site.Users.RegisterAndLoginAsync(email);
        IHtmlDocument details = await FindAsync(admin, email);

        IHtmlDocument blocked = await admin.SubmitAndFollowAsync(details, "Block");
        IHtmlDocument refused = await AccountPagesTests.SignInAsync(user, email, EmulatorUsers.Password);
        IHtmlDocument unblocked = await admin.SubmitAndFollowAsync(blocked, "Unblock");
        IHtmlDocument signedIn = await AccountPagesTests.SignInAsync(user, email, EmulatorUsers.Password);

        Assert.Contains("is blocked", blocked.Notices(), StringComparison.Ordinal);
        Assert.Contains("blocked", blocked.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, refused.Errors());
        Assert.Contains("unblocked", unblocked.Notices(), StringComparison.Ordinal);
        Assert.Equal(email, signedIn.SignedInAs());
    }

    [Fact]
    public async Task Logging_a_user_out_ends_their_session_once_the_cached_validation_expires()
    {
        using var shortCache = new MvcSiteFactory { CacheDuration = TimeSpan.FromMilliseconds(1) };
        using SiteBrowser admin = await AdminAsync(shortCache);
        using SiteBrowser user = shortCache.CreateBrowser();
        string email = NewEmail();
        await AccountPagesTests.RegisterAsync(user, email, Password);
        IHtmlDocument details = await FindAsync(admin, email);

        IHtmlDocument loggedOut = await admin.SubmitAndFollowAsync(details, "Log out everywhere");
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        using HttpResponseMessage profile = await user.Client.GetAsync(new Uri("/account/profile", UriKind.Relative));

        Assert.Contains("logged out everywhere", loggedOut.Notices(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        Assert.Equal("/account/signin", profile.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Deleting_a_user_removes_them_but_the_admin_cannot_delete_themself()
    {
        using SiteBrowser admin = await AdminAsync(site);
        string email = NewEmail();
        await site.Users.RegisterAndLoginAsync(email);
        IHtmlDocument details = await FindAsync(admin, email);
        string id = details.QuerySelector(".facts code")!.TextContent;
        IHtmlDocument self = await FindAsync(admin, MvcSiteFactory.AdminEmail);

        IHtmlDocument list = await admin.SubmitAndFollowAsync(details, "Delete");
        using HttpResponseMessage gone = await admin.Client.GetAsync(new Uri($"/admin/users/{id}", UriKind.Relative));
        IHtmlDocument kept = await admin.SubmitAndFollowAsync(self, "Delete");

        Assert.Contains("was deleted", list.Notices(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("cannot delete your own account", kept.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_are_not_found()
    {
        using SiteBrowser admin = await AdminAsync(site);

        using HttpResponseMessage malformed = await admin.Client.GetAsync(new Uri("/admin/users/not-an-id", UriKind.Relative));
        using HttpResponseMessage unknown = await admin.Client.GetAsync(new Uri("/admin/users/0123456789abcdef01234567", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
