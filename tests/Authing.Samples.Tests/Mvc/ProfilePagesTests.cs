using AngleSharp.Html.Dom;

namespace Authing.Samples.Tests.Mvc;

/// <summary>The account pages of a signed-in user, through their forms.</summary>
public sealed class ProfilePagesTests : IClassFixture<MvcSiteFactory>
{
    private const string Password = "Sample-pass-1";
    private readonly MvcSiteFactory site;

    public ProfilePagesTests(MvcSiteFactory site) => this.site = site;

    private async Task<SignedInUser> SignedInAsync()
    {
        SiteBrowser browser = site.CreateBrowser();
        string email = $"profile-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email, Password);
        return new SignedInUser(browser, email);
    }

    [Fact]
    public async Task Profile_edits_are_saved_and_the_nickname_becomes_the_shown_name()
    {
        using SignedInUser user = await SignedInAsync();
        SiteBrowser browser = user.Browser;
        IHtmlDocument profile = await browser.GetAsync("/account/profile");

        IHtmlDocument saved = await browser.SubmitAndFollowAsync(profile, "Save", new Dictionary<string, string>
        {
            ["Nickname"] = "Xiao Ming",
            ["Company"] = "Example Co",
            ["Photo"] = "https://images.example.com/me.png",
        });

        Assert.Contains("profile was saved", saved.Notices(), StringComparison.Ordinal);
        Assert.Equal("Xiao Ming", saved.SignedInAs());
        Assert.Equal("Example Co", ((IHtmlInputElement)saved.QuerySelector("input[name='Company']")!).Value);
        Assert.Equal("https://images.example.com/me.png", saved.QuerySelector("a.photo")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Profile_with_an_invalid_photo_url_shows_the_field_error()
    {
        using SignedInUser user = await SignedInAsync();
        SiteBrowser browser = user.Browser;
        IHtmlDocument profile = await browser.GetAsync("/account/profile");

        IHtmlDocument page = await browser.SubmitAndFollowAsync(profile, "Save", new Dictionary<string, string> { ["Photo"] = "javascript:alert(1)" });

        Assert.Contains("absolute http or https URL", page.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_change_needs_the_current_password_and_then_the_new_one_signs_in()
    {
        using SignedInUser user = await SignedInAsync();
        (SiteBrowser browser, string email) = (user.Browser, user.Email);
        IHtmlDocument form = await browser.GetAsync("/account/profile/password");
        IHtmlDocument refused = await browser.SubmitAndFollowAsync(form, "Change password", new Dictionary<string, string> { ["OldPassword"] = "wrong-password", ["NewPassword"] = "Changed-pass-3" });
        IHtmlDocument changed = await browser.SubmitAndFollowAsync(refused, "Change password", new Dictionary<string, string> { ["OldPassword"] = Password, ["NewPassword"] = "Changed-pass-3" });
        await AccountPagesTests.SignOutAsync(browser);

        IHtmlDocument home = await AccountPagesTests.SignInAsync(browser, email, "Changed-pass-3");

        Assert.NotEqual(string.Empty, refused.Errors());
        Assert.Contains("password was changed", changed.Notices(), StringComparison.Ordinal);
        Assert.Equal(email, home.SignedInAs());
    }

    [Fact]
    public async Task Email_is_changed_with_codes_sent_to_the_new_and_the_current_address()
    {
        using SignedInUser user = await SignedInAsync();
        (SiteBrowser browser, string email) = (user.Browser, user.Email);
        string newEmail = $"changed-{Guid.NewGuid():N}@example.com";
        IHtmlDocument form = await browser.GetAsync("/account/profile/email");
        IHtmlDocument sent = await browser.SubmitAndFollowAsync(form, "E-mail the codes", new Dictionary<string, string> { ["NewValue"] = newEmail });

        IHtmlDocument profile = await browser.SubmitAndFollowAsync(sent, "Change", new Dictionary<string, string>
        {
            ["NewCode"] = await site.Emulator.LatestCodeAsync(newEmail),
            ["OldCode"] = await site.Emulator.LatestCodeAsync(email),
        });

        Assert.Contains("e-mail address was changed", profile.Notices(), StringComparison.Ordinal);
        Assert.Contains(newEmail, profile.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_is_bound_with_an_sms_code()
    {
        using SignedInUser user = await SignedInAsync();
        SiteBrowser browser = user.Browser;
        string phone = "1360" + Random.Shared.NextInt64(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        IHtmlDocument form = await browser.GetAsync("/account/profile/phone");
        IHtmlDocument sent = await browser.SubmitAndFollowAsync(form, "Text the codes", new Dictionary<string, string> { ["NewValue"] = phone });

        IHtmlDocument profile = await browser.SubmitAndFollowAsync(sent, "Change", new Dictionary<string, string> { ["NewCode"] = await site.Emulator.LatestCodeAsync(phone) });

        Assert.Contains("phone number was changed", profile.Notices(), StringComparison.Ordinal);
        Assert.Contains(phone, profile.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_the_only_way_to_sign_in_is_refused_with_2217()
    {
        using SignedInUser user = await SignedInAsync();
        (SiteBrowser browser, string email) = (user.Browser, user.Email);
        IHtmlDocument profile = await browser.GetAsync("/account/profile");

        IHtmlDocument page = await browser.SubmitAndFollowAsync(profile, "Remove the e-mail address");

        Assert.Contains("2217", page.Errors(), StringComparison.Ordinal);
        Assert.Contains(email, page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_email_link_from_the_outbox_marks_the_address_verified()
    {
        using SignedInUser user = await SignedInAsync();
        (SiteBrowser browser, string email) = (user.Browser, user.Email);
        string token = await site.Emulator.LatestCodeAsync(email);
        using HttpClient emulatorClient = site.Emulator.CreateClient();
        using HttpResponseMessage verified = await emulatorClient.GetAsync(new Uri("/__emulator/verify-email?token=" + token, UriKind.Relative));

        IHtmlDocument profile = await browser.GetAsync("/account/profile");

        Assert.True(verified.IsSuccessStatusCode);
        Assert.Contains("verified", profile.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not verified", profile.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Social_accounts_page_lists_the_pools_providers()
    {
        using SignedInUser user = await SignedInAsync();
        SiteBrowser browser = user.Browser;

        IHtmlDocument page = await browser.GetAsync("/account/profile/social");

        Assert.Equal("Social accounts", page.Heading());
        Assert.Equal(string.Empty, page.Errors());
    }
}

/// <summary>A browser whose user registered and is signed in.</summary>
internal sealed record SignedInUser(SiteBrowser Browser, string Email) : IDisposable
{
    public void Dispose() => Browser.Dispose();
}
