using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Authing.AspNetCore.Oidc;
using Authing.Samples.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Samples.Tests.Mvc;

/// <summary>"Sign in with Authing" and the authorized apps page, with the emulator's demo OIDC app configured.</summary>
public sealed class OidcPagesTests : IClassFixture<MvcSiteFactory>
{
    private const string DemoClientId = "656d756c61746f724f494443";
    private const string DemoClientSecret = "emulator-demo-oidc-secret";
    private const string SamplePassword = "Sample-pass-1";

    private readonly MvcSiteFactory site;

    public OidcPagesTests(MvcSiteFactory site) => this.site = site;

    [Fact]
    public async Task Sign_in_page_without_an_oidc_app_offers_no_authing_button()
    {
        using SiteBrowser browser = site.CreateBrowser();

        IHtmlDocument page = await browser.GetAsync("/account/signin");

        Assert.DoesNotContain(page.QuerySelectorAll("button"), button => button.TextContent.Trim() == "Sign in with Authing");
    }

    [Fact]
    public async Task Sign_in_with_authing_sends_the_browser_to_the_providers_authorization_endpoint()
    {
        using WebApplicationFactory<HomeController> oidcSite = WithOidc();
        using SiteBrowser browser = Browser(oidcSite);
        IHtmlDocument page = await browser.GetAsync("/account/signin?returnUrl=%2Faccount%2Fapps");

        using HttpResponseMessage challenge = await browser.SubmitAsync(page, "Sign in with Authing");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Uri target = challenge.Headers.Location!;
        Assert.Equal("/oauth/oidc/auth", target.AbsolutePath);
        var query = QueryHelpers.ParseQuery(target.Query);
        Assert.Equal(DemoClientId, query["client_id"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
    }

    [Fact]
    public async Task Authorized_apps_page_lists_the_consented_app_and_revokes_it()
    {
        using SiteBrowser browser = site.CreateBrowser();
        string email = $"apps-{Guid.NewGuid():N}@example.com";
        await AccountPagesTests.RegisterAsync(browser, email);
        await ConsentAtTheProviderAsync(email);

        IHtmlDocument apps = await browser.GetAsync("/account/apps");
        IHtmlDocument revoked = await browser.SubmitAndFollowAsync(apps, "Revoke");

        Assert.Equal("Authorized apps", apps.Heading());
        Assert.Contains("Authing Emulator demo app", apps.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("revoked", revoked.Notices(), StringComparison.Ordinal);
        Assert.Null(revoked.QuerySelector("table"));
    }

    private WebApplicationFactory<HomeController> WithOidc() => site.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Authing:Oidc:ClientId", DemoClientId);
        builder.UseSetting("Authing:Oidc:ClientSecret", DemoClientSecret);
        builder.UseSetting("Authing:Oidc:RequireHttpsMetadata", "false");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(AuthingOidcDefaults.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => site.Emulator.Server.CreateHandler()));
    });

    private static SiteBrowser Browser(WebApplicationFactory<HomeController> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in at the provider's own pages and allows the demo app, as a browser would.</summary>
    private async Task ConsentAtTheProviderAsync(string email)
    {
        using HttpClient provider = site.Emulator.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        string authorize = QueryHelpers.AddQueryString("/oauth/oidc/auth", new Dictionary<string, string?>
        {
            ["client_id"] = DemoClientId,
            ["redirect_uri"] = "http://127.0.0.1:5123/signin-oidc",
            ["response_type"] = "code",
            ["scope"] = "openid profile email",
            ["state"] = "state",
            ["nonce"] = "nonce",
        });
        using HttpResponseMessage login = await provider.GetAsync(new Uri(authorize, UriKind.Relative));
        using HttpResponseMessage consent = await PostFormAsync(provider, login, new Dictionary<string, string> { ["identifier"] = email, ["password"] = SamplePassword });
        using HttpResponseMessage allowed = await PostFormAsync(provider, consent, new Dictionary<string, string> { ["decision"] = "allow" });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, HttpResponseMessage page, Dictionary<string, string> fields)
    {
        IHtmlDocument document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        IHtmlFormElement form = document.Forms.Single();
        foreach (IHtmlInputElement hidden in form.Elements.OfType<IHtmlInputElement>().Where(input => input.Type == "hidden" && input.Name is not null))
        {
            fields.TryAdd(hidden.Name!, hidden.Value);
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
