using System.Net;
using AngleSharp.Html.Dom;

namespace Authing.Samples.Tests.Mvc;

/// <summary>Antiforgery, local-only return URLs, cookie flags and the sign-in rate limit.</summary>
public sealed class SecurityTests : IClassFixture<MvcSiteFactory>
{
    private readonly MvcSiteFactory site;

    public SecurityTests(MvcSiteFactory site) => this.site = site;

    [Fact]
    public async Task Post_without_the_antiforgery_token_is_refused_with_400()
    {
        using SiteBrowser browser = site.CreateBrowser();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Account"] = "a@example.com", ["Password"] = "whatever-pass" });

        using HttpResponseMessage response = await browser.Client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Return_url_off_site_lands_on_the_home_page(string returnUrl)
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = $"return-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email);
        await AccountPagesTests.SignOutAsync(browser);
        IHtmlDocument form = await browser.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));

        using HttpResponseMessage response = await browser.SubmitAsync(form, "Sign in", new Dictionary<string, string> { ["Account"] = email, ["Password"] = "Sample-pass-1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Local_return_url_is_followed()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = $"return-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email);
        await AccountPagesTests.SignOutAsync(browser);
        IHtmlDocument form = await browser.GetAsync("/account/signin?returnUrl=%2Faccount%2Fprofile%2Fsocial");

        using HttpResponseMessage response = await browser.SubmitAsync(form, "Sign in", new Dictionary<string, string> { ["Account"] = email, ["Password"] = "Sample-pass-1" });

        Assert.Equal("/account/profile/social", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_http()
    {
        using SiteBrowser browser = site.CreateBrowser();
        IHtmlDocument form = await browser.GetAsync("/account/register");

        using HttpResponseMessage response = await browser.SubmitAsync(form, "Register", Registration());

        string session = SessionCookie(response);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_cookie_is_secure_over_https()
    {
        using SiteBrowser browser = site.CreateBrowser(new Uri("https://localhost/"));
        IHtmlDocument form = await browser.GetAsync("/account/register");

        using HttpResponseMessage response = await browser.SubmitAsync(form, "Register", Registration());

        Assert.Contains("secure", SessionCookie(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_in_form_is_rate_limited()
    {
        await using var limited = new MvcSiteFactory { SignInPermitsPerMinute = 3 };
        using SiteBrowser browser = limited.CreateBrowser();
        IHtmlDocument form = await browser.GetAsync("/account/signin");
        var statuses = new List<HttpStatusCode>();

        for (int attempt = 0; attempt < 4; attempt++)
        {
            using HttpResponseMessage response = await browser.SubmitAsync(form, "Sign in", new Dictionary<string, string> { ["Account"] = "nobody@example.com", ["Password"] = "wrong-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static Dictionary<string, string> Registration() => new()
    {
        ["Email"] = $"cookie-{Guid.NewGuid():N}@example.com",
        ["Password"] = "Sample-pass-1",
        ["ConfirmPassword"] = "Sample-pass-1",
    };

    private static string SessionCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), value => value.StartsWith(".Authing.Session=", StringComparison.Ordinal));
}
