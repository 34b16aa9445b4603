using AngleSharp.Html.Dom;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Samples.Tests.Mvc;

/// <summary>Register, sign in (password, SMS code), forgotten password and sign out, through the pages' forms.</summary>
public sealed class AccountPagesTests : IClassFixture<MvcSiteFactory>
{
    private const string Password = "Sample-pass-1";
    private readonly MvcSiteFactory site;

    public AccountPagesTests(MvcSiteFactory site) => this.site = site;

    private static string NewEmail() => $"page-{Guid.NewGuid():N}@example.com";

    private static string NewPhone() => "1370" + Random.Shared.NextInt64(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static async Task<IHtmlDocument> RegisterAsync(SiteBrowser browser, string email, string password = Password)
    {
        IHtmlDocument form = await browser.GetAsync("/account/register");
        return await browser.SubmitAndFollowAsync(form, "Register", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
    }

    internal static async Task<IHtmlDocument> SignInAsync(SiteBrowser browser, string account, string password = Password)
    {
        IHtmlDocument form = await browser.GetAsync("/account/signin");
        return await browser.SubmitAndFollowAsync(form, "Sign in", new Dictionary<string, string> { ["Account"] = account, ["Password"] = password });
    }

    internal static async Task<IHtmlDocument> SignOutAsync(SiteBrowser browser)
    {
        IHtmlDocument home = await browser.GetAsync("/");
        return await browser.SubmitAndFollowAsync(home, "Sign out");
    }

    [Fact]
    public async Task Registering_with_email_signs_in_and_sends_a_verification_email()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();

        IHtmlDocument profile = await RegisterAsync(browser, email);

        Assert.Equal("Your profile", profile.Heading());
        Assert.Equal(email, profile.SignedInAs());
        Assert.Contains("verify", profile.Notices(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(await site.Emulator.LatestCodeAsync(email));
    }

    [Fact]
    public async Task Registering_an_existing_email_shows_authings_message()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);

        IHtmlDocument page = await RegisterAsync(browser, email);

        Assert.Equal("Create an account", page.Heading());
        Assert.Contains("2026", page.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_with_mismatched_passwords_is_refused_by_the_form()
    {
        using SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument form = await browser.GetAsync("/account/register");

        IHtmlDocument page = await browser.SubmitAndFollowAsync(form, "Register", new Dictionary<string, string>
        {
            ["Email"] = NewEmail(),
            ["Password"] = Password,
            ["ConfirmPassword"] = Password + "x",
        });

        Assert.Contains("The passwords differ.", page.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_with_email_and_password_shows_the_user_as_signed_in()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);

        IHtmlDocument home = await SignInAsync(browser, email);

        Assert.Equal(email, home.SignedInAs());
    }

    [Fact]
    public async Task Signing_in_with_a_user_name_works_too()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);
        string username = "name" + Guid.NewGuid().ToString("N")[..10];
        AuthingClient authing = site.Services.GetRequiredService<AuthingClient>();
        AuthingUser user = await authing.LoginAsync(new LoginRequest { Email = email, Password = Password });
        await authing.UpdateUserAsync(new UpdateUserRequest { Id = user.Id, Username = username });

        IHtmlDocument home = await SignInAsync(browser, username);

        Assert.Equal(username, home.SignedInAs());
    }

    [Fact]
    public async Task Wrong_password_shows_a_readable_error_and_no_details()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);

        IHtmlDocument page = await SignInAsync(browser, email, "not-the-password");

        Assert.Equal("Sign in", page.Heading());
        Assert.Contains("2006", page.Errors(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.SignedInAs());
    }

    [Fact]
    public async Task Phone_registration_and_sms_sign_in_use_codes_from_the_outbox()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string phone = NewPhone();
        IHtmlDocument register = await browser.GetAsync("/account/register/phone");
        IHtmlDocument sent = await browser.SubmitAndFollowAsync(register, "Send code", new Dictionary<string, string> { ["Phone"] = phone });
        IHtmlDocument registered = await browser.SubmitAndFollowAsync(sent, "Register", new Dictionary<string, string> { ["Code"] = await site.Emulator.LatestCodeAsync(phone) });
        Assert.Contains("on its way", sent.Notices(), StringComparison.Ordinal);
        await SignOutAsync(browser);

        IHtmlDocument signIn = await browser.GetAsync("/account/signin/phone");
        IHtmlDocument codeSent = await browser.SubmitAndFollowAsync(signIn, "Send code", new Dictionary<string, string> { ["Phone"] = phone });
        string code = await site.Emulator.LatestCodeAsync(phone);
        IHtmlDocument home = await browser.SubmitAndFollowAsync(codeSent, "Sign in", new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(phone, registered.SignedInAs());
        Assert.Equal(phone, home.SignedInAs());
    }

    [Fact]
    public async Task Sms_sign_in_with_a_wrong_code_is_refused()
    {
        using SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument signIn = await browser.GetAsync("/account/signin/phone");

        IHtmlDocument page = await browser.SubmitAndFollowAsync(signIn, "Sign in", new Dictionary<string, string> { ["Phone"] = NewPhone(), ["Code"] = "0000" });

        Assert.NotEqual(string.Empty, page.Errors());
        Assert.Equal(string.Empty, page.SignedInAs());
    }

    [Fact]
    public async Task Forgotten_password_is_reset_with_the_emailed_code()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);

        IHtmlDocument reset = await browser.GetAsync("/account/password/reset");
        IHtmlDocument sent = await browser.SubmitAndFollowAsync(reset, "E-mail me a code", new Dictionary<string, string> { ["Email"] = email });
        IHtmlDocument signInPage = await browser.SubmitAndFollowAsync(sent, "Set the new password", new Dictionary<string, string>
        {
            ["Code"] = await site.Emulator.LatestCodeAsync(email),
            ["NewPassword"] = "Brand-new-pass-2",
        });
        IHtmlDocument home = await SignInAsync(browser, email, "Brand-new-pass-2");

        Assert.Contains("password was changed", signInPage.Notices(), StringComparison.Ordinal);
        Assert.Equal(email, home.SignedInAs());
    }

    [Fact]
    public async Task Password_reset_with_a_wrong_code_is_refused_with_2300()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = NewEmail();
        await RegisterAsync(browser, email);
        await SignOutAsync(browser);
        IHtmlDocument reset = await browser.GetAsync("/account/password/reset");
        IHtmlDocument sent = await browser.SubmitAndFollowAsync(reset, "E-mail me a code", new Dictionary<string, string> { ["Email"] = email });

        IHtmlDocument page = await browser.SubmitAndFollowAsync(sent, "Set the new password", new Dictionary<string, string> { ["Code"] = "999999", ["NewPassword"] = "Brand-new-pass-2" });

        Assert.Contains("2300", page.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using SiteBrowser browser = site.CreateBrowser();
        await RegisterAsync(browser, NewEmail());

        IHtmlDocument home = await SignOutAsync(browser);
        using HttpResponseMessage profile = await browser.Client.GetAsync(new Uri("/account/profile", UriKind.Relative));

        Assert.Equal(string.Empty, home.SignedInAs());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, profile.StatusCode);
        Assert.StartsWith("/account/signin", profile.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
