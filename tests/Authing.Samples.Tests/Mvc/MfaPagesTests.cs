using AngleSharp.Html.Dom;
using Authing.Internal;
using Authing.Tests.Shared;

namespace Authing.Samples.Tests.Mvc;

/// <summary>Two-step sign-in pages: turning MFA on with a QR code, signing in with a code, turning it off.</summary>
public sealed class MfaPagesTests(MvcSiteFactory site) : IClassFixture<MvcSiteFactory>
{
    private const string Password = "Sample-pass-1";

    [Fact]
    public async Task Turning_mfa_on_needs_a_code_from_the_shown_secret_and_then_sign_in_asks_for_a_code()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = $"mfa-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email, Password);
        IHtmlDocument off = await browser.GetAsync("/mfa");

        IHtmlDocument enrolling = await browser.SubmitAndFollowAsync(off, "Turn on two-step sign-in");
        byte[] key = Base32.TryDecode(enrolling.QuerySelector("#mfa-secret")?.TextContent)!;
        IHtmlDocument refused = await browser.SubmitAndFollowAsync(enrolling, "Turn on", Code(WrongCode(key)));
        IHtmlDocument on = await browser.SubmitAndFollowAsync(refused, "Turn on", Code(CodeAt(key, 0)));
        await AccountPagesTests.SignOutAsync(browser);
        IHtmlDocument challenge = await AccountPagesTests.SignInAsync(browser, email, Password);
        IHtmlDocument wrong = await browser.SubmitAndFollowAsync(challenge, "Verify", Code(WrongCode(key)));
        IHtmlDocument home = await browser.SubmitAndFollowAsync(wrong, "Verify", Code(CodeAt(key, 0)));

        Assert.Equal("off", off.QuerySelector("#mfa-status")?.TextContent);
        Assert.NotNull(enrolling.QuerySelector(".qr svg"));
        Assert.NotEmpty(key);
        Assert.Contains("not valid", refused.Errors(), StringComparison.Ordinal);
        Assert.Contains("Two-step sign-in is on.", on.Notices(), StringComparison.Ordinal);
        Assert.Equal("on", on.QuerySelector("#mfa-status")?.TextContent);
        Assert.Equal("Two-step sign-in", challenge.Heading());
        Assert.Equal(string.Empty, challenge.SignedInAs());
        Assert.Contains("4 attempts left", wrong.Errors(), StringComparison.Ordinal);
        Assert.Equal(email, home.SignedInAs());
    }

    [Fact]
    public async Task Turning_mfa_off_needs_a_valid_code_and_then_the_password_alone_signs_in()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = $"mfa-off-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email, Password);
        IHtmlDocument enrolling = await browser.SubmitAndFollowAsync(await browser.GetAsync("/mfa"), "Turn on two-step sign-in");
        byte[] key = Base32.TryDecode(enrolling.QuerySelector("#mfa-secret")?.TextContent)!;
        IHtmlDocument on = await browser.SubmitAndFollowAsync(enrolling, "Turn on", Code(CodeAt(key, 0)));

        IHtmlDocument refused = await browser.SubmitAndFollowAsync(on, "Turn off", Code(WrongCode(key)));
        IHtmlDocument off = await browser.SubmitAndFollowAsync(refused, "Turn off", Code(CodeAt(key, 1)));
        await AccountPagesTests.SignOutAsync(browser);
        IHtmlDocument home = await AccountPagesTests.SignInAsync(browser, email, Password);

        Assert.Contains("not valid", refused.Errors(), StringComparison.Ordinal);
        Assert.Contains("Two-step sign-in is off.", off.Notices(), StringComparison.Ordinal);
        Assert.Equal(email, home.SignedInAs());
    }

    [Fact]
    public async Task The_code_page_without_a_sign_in_in_progress_sends_to_the_sign_in_page()
    {
        using SiteBrowser browser = site.CreateBrowser();

        using HttpResponseMessage response = await browser.Client.GetAsync(new Uri("/mfa/challenge", UriKind.Relative));
        IHtmlDocument page = await browser.FollowAsync(response);

        Assert.Equal("Sign in", page.Heading());
    }

    private static Dictionary<string, string> Code(string code) => new() { ["Code"] = code };

    /// <summary>The code of the current time step, or of a step <paramref name="offset"/> later (within the allowed drift).</summary>
    private static string CodeAt(byte[] key, int offset) => Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow) + offset);

    private static string WrongCode(byte[] key) => MfaCodes.Wrong(key, DateTimeOffset.UtcNow);
}
