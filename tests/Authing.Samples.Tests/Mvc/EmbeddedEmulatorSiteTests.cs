using AngleSharp.Html.Dom;
using Authing.Samples.Mvc.Controllers;
using Authing.Samples.Mvc.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Authing.Samples.Tests.Mvc;

/// <summary>The site as the README's run command starts it: no Authing configuration, so on its embedded emulator.</summary>
public sealed class EmbeddedEmulatorSiteTests : IClassFixture<EmbeddedEmulatorSiteTests.UnconfiguredSite>
{
    private readonly UnconfiguredSite site;

    public EmbeddedEmulatorSiteTests(UnconfiguredSite site) => this.site = site;

    private SiteBrowser Browser() =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    [Fact]
    public async Task The_demo_admin_is_seeded_and_may_open_the_admin_pages()
    {
        using SiteBrowser browser = Browser();

        IHtmlDocument home = await AccountPagesTests.SignInAsync(browser, DemoAccounts.AdminEmail, DemoAccounts.Password);
        IHtmlDocument users = await browser.GetAsync("/admin/users");

        Assert.Equal("Demo admin", home.SignedInAs());
        Assert.Equal("Users", users.Heading());
        Assert.Contains(users.QuerySelectorAll("table.users a"), link => link.TextContent.Trim() == DemoAccounts.UserEmail);
    }

    [Fact]
    public async Task The_demo_user_signs_in_but_is_no_admin_and_the_outbox_is_linked()
    {
        using SiteBrowser browser = Browser();

        IHtmlDocument home = await AccountPagesTests.SignInAsync(browser, DemoAccounts.UserEmail, DemoAccounts.Password);

        Assert.Equal("Demo user", home.SignedInAs());
        Assert.Null(home.QuerySelector("nav a[href='/admin/users']"));
        string outbox = home.QuerySelector("nav a[target='_blank']")!.GetAttribute("href")!;
        Assert.EndsWith("/__emulator/outbox.html", outbox, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", outbox, StringComparison.Ordinal);
    }

    /// <summary>The MVC sample with no <c>Authing</c> section; the embedded emulator keeps its data in memory.</summary>
    public sealed class UnconfiguredSite : WebApplicationFactory<HomeController>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseEnvironment("Testing");
            builder.UseSetting("Emulator:Storage", "InMemory");
        }
    }
}
