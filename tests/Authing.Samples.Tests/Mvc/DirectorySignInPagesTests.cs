using System.Net;
using AngleSharp.Html.Dom;

namespace Authing.Samples.Tests.Mvc;

/// <summary>The directory sign-in page of the MVC sample, against the emulator and a real OpenLDAP directory.</summary>
public sealed class DirectorySignInPagesTests : IClassFixture<SlapdServer>, IDisposable
{
    private readonly MvcSiteFactory site;

    public DirectorySignInPagesTests(SlapdServer directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        site = new MvcSiteFactory { SiteSettings = new Dictionary<string, string?> { ["Sample:DirectorySignIn:Ldap"] = "true" } };
        site.Emulator.Settings = directory.ConnectorSettings("Emulator:UserPools:0:Ldap:");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Sign_in_page_links_to_the_directory_page()
    {
        using SiteBrowser browser = site.CreateBrowser();

        IHtmlDocument signIn = await browser.GetAsync("/account/signin");

        Assert.NotNull(signIn.QuerySelector("a[href='/account/signin/directory']"));
    }

    [Fact]
    public async Task Directory_account_signs_in()
    {
        using SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument form = await browser.GetAsync("/account/signin/directory");

        IHtmlDocument home = await browser.SubmitAndFollowAsync(form, "Sign in", new Dictionary<string, string>
        {
            ["Username"] = "tesla",
            ["Password"] = SlapdServer.TeslaPassword,
        });

        Assert.Equal("Nikola Tesla", home.SignedInAs());
    }

    [Fact]
    public async Task Wrong_directory_password_shows_authings_message()
    {
        using SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument form = await browser.GetAsync("/account/signin/directory");

        IHtmlDocument page = await browser.SubmitAndFollowAsync(form, "Sign in", new Dictionary<string, string>
        {
            ["Username"] = "tesla",
            ["Password"] = "not-the-password",
        });

        Assert.Contains("2006", page.Errors(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.SignedInAs());
    }

    [Fact]
    public async Task Site_without_directory_sign_in_has_no_directory_page()
    {
        using var plain = new MvcSiteFactory();
        using SiteBrowser browser = plain.CreateBrowser();

        IHtmlDocument signIn = await browser.GetAsync("/account/signin");
        using HttpResponseMessage directory = await browser.Client.GetAsync(new Uri("/account/signin/directory", UriKind.Relative));

        Assert.Null(signIn.QuerySelector("a[href='/account/signin/directory']"));
        Assert.Equal(HttpStatusCode.NotFound, directory.StatusCode);
    }
}
