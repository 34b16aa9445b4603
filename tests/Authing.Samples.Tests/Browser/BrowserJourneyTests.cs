using Authing.Internal;
using Authing.Samples.Mvc.Demo;
using Microsoft.Playwright;
using Authing.Tests.Shared;

namespace Authing.Samples.Tests.Browser;

/// <summary>A newcomer's journey through the site in a real browser, with a screenshot of each page.</summary>
public sealed class BrowserJourneyTests : IClassFixture<BrowserSite>
{
    private const string Password = "Browser-pass-1";
    private readonly BrowserSite site;

    public BrowserJourneyTests(BrowserSite site) => this.site = site;

    [Fact]
    public async Task Register_profile_mfa_admin_and_sign_in_with_authing()
    {
        IPage page = await site.Context.NewPageAsync();
        try
        {
            await WalkThroughAsync(page);
        }
        catch
        {
            await ShotAsync(page, "failure");
            throw;
        }
    }

    private async Task WalkThroughAsync(IPage page)
    {
        string email = $"ada-{Guid.NewGuid().ToString("N")[..8]}@example.com";

        await OpenAsync(page, "/");
        await ShotAsync(page, "01-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register", Exact = true }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat password").FillAsync(Password);
        await ShotAsync(page, "02-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await WaitForPathAsync(page, "/account/profile");
        await ShotAsync(page, "03-profile");
        await SignOutAsync(page);

        await OpenAsync(page, "/account/signin");
        await ShotAsync(page, "04-sign-in");
        await SignInAsync(page, email, Password);
        await page.GetByRole(AriaRole.Link, new() { Name = email, Exact = true }).ClickAsync();
        await page.GetByLabel("Nickname").FillAsync("Browser Tester");
        await page.GetByLabel("Company").FillAsync("Example Co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("profile was saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browser Tester", Exact = true })).ToBeVisibleAsync();
        await ShotAsync(page, "05-profile-saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true })).ToHaveCountAsync(0);

        byte[] key = await TurnOnMfaAsync(page);
        await SignOutAsync(page);

        await OpenAsync(page, "/account/signin");
        await SignInAsync(page, email, Password);
        await WaitForPathAsync(page, "/mfa/challenge");
        await page.GetByLabel("Code from your authenticator app").FillAsync(WrongCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error")).Not.ToBeEmptyAsync();
        await ShotAsync(page, "08-mfa-wrong-code");
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow) + 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browser Tester", Exact = true })).ToBeVisibleAsync();
        await SignOutAsync(page);

        await OpenAsync(page, "/account/signin");
        await SignInAsync(page, DemoAccounts.AdminEmail, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await ShotAsync(page, "09-admin-users");
        await page.GetByLabel("Search by e-mail, phone, user name, nickname or user id").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = email, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Block" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is blocked");
        await ShotAsync(page, "10-admin-user");
        await SignOutAsync(page);

        await OpenAsync(page, "/account/signin");
        await SignInAsync(page, email, Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        Assert.Equal("/account/signin", new Uri(page.Url).AbsolutePath);

        await SignInWithAuthingAsync(page);
        List<Uri> visited = [];
        page.Request += (_, request) => visited.Add(new Uri(request.Url));
        await SignOutAsync(page);
        Assert.Contains(visited, url => url.AbsolutePath == "/oauth/oidc/session/end");
    }

    [Fact]
    public async Task Every_page_fits_a_phone_screen_without_sideways_scrolling()
    {
        IPage page = await site.Context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        string[] anonymous = ["/", "/account/signin", "/account/signin/phone", "/account/register", "/account/register/phone", "/account/password/reset"];
        string[] signedIn = ["/account/profile", "/account/profile/password", "/account/profile/email", "/account/profile/phone", "/account/profile/social", "/mfa", "/account/apps", "/admin/users"];
        var overflowing = new List<string>();

        foreach (string path in anonymous)
        {
            await CheckFitsAsync(path);
        }

        await OpenAsync(page, "/account/signin");
        await SignInAsync(page, DemoAccounts.AdminEmail, DemoAccounts.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        foreach (string path in signedIn)
        {
            await CheckFitsAsync(path);
        }

        await ShotAsync(page, "13-phone-admin-users");
        await SignOutAsync(page);
        Assert.Empty(overflowing);

        async Task CheckFitsAsync(string path)
        {
            IResponse? response = await page.GotoAsync(new Uri(site.Address, path).ToString());
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
            {
                overflowing.Add(path);
            }
        }
    }

    /// <summary>Turns MFA on from the profile: reads the key the page shows and answers with its current code.</summary>
    private async Task<byte[]> TurnOnMfaAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-step sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        string secret = await page.Locator("#mfa-secret").InnerTextAsync();
        byte[] key = Base32.TryDecode(secret) ?? throw new InvalidOperationException($"The page shows no base32 key: '{secret}'.");
        await ShotAsync(page, "06-mfa-enrol");
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#mfa-status")).ToHaveTextAsync("on");
        await ShotAsync(page, "07-mfa-on");
        return key;
    }

    /// <summary>The demo user signs in at the emulator's OIDC pages, allows the app, and lands back on the site.</summary>
    private async Task SignInWithAuthingAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Authing" }).ClickAsync();
        await page.GetByLabel("邮箱、手机号或用户名").FillAsync(DemoAccounts.UserEmail);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await ShotAsync(page, "11-authing-login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "允许" }).ClickAsync();
        await WaitForPathAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Authorized apps" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Authing Emulator demo app");
        await ShotAsync(page, "12-authorized-apps");
    }

    private async Task OpenAsync(IPage page, string path) => await page.GotoAsync(new Uri(site.Address, path).ToString());

    private async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task WaitForPathAsync(IPage page, string path) =>
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    private static async Task SignInAsync(IPage page, string account, string password)
    {
        await page.GetByLabel("E-mail or user name").FillAsync(account);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    private static string WrongCode(byte[] key) => MfaCodes.Wrong(key, DateTimeOffset.UtcNow);
}
