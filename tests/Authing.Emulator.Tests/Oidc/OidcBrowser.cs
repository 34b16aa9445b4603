using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Authing.Emulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Authing.Emulator.Tests.Oidc;

/// <summary>
/// Plays the browser against the provider: keeps cookies, does not follow redirects, reads the login and consent
/// forms' HTML and posts them back with their hidden fields (antiforgery token, request).
/// </summary>
public sealed class OidcBrowser : IDisposable
{
    public const string ClientId = "656d756c61746f724f494443";
    public const string ClientSecret = "emulator-demo-oidc-secret";
    public const string RedirectUri = "http://127.0.0.1:5123/signin-oidc";

    private readonly HtmlParser parser = new();

    public OidcBrowser(EmulatorFactory factory)
        => Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Client { get; }

    /// <summary>A PKCE verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>The authorization URL with the usual parameters; <paramref name="extra"/> adds or overrides (null removes).</summary>
    public static string AuthorizeUrl(string? challenge, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile email phone offline_access",
            ["state"] = "state-123",
            ["nonce"] = "nonce-456",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = challenge is null ? null : "S256",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return QueryHelpers.AddQueryString("/oauth/oidc/auth", values.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Reads an HTML page.</summary>
    public async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
        => await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Submits the page's form with its hidden fields, the given fields, and the submit button named <paramref name="button"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpResponseMessage page, IReadOnlyDictionary<string, string> fields, (string Name, string Value)? button = null)
    {
        var document = await PageAsync(page);
        var form = document.Forms.Single();
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden")
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        if (button is { } pressed)
        {
            Assert.Contains(form.Elements.OfType<IHtmlButtonElement>(), candidate => candidate.Name == pressed.Name && candidate.Value == pressed.Value);
            values[pressed.Name] = pressed.Value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>Posts the login form.</summary>
    public Task<HttpResponseMessage> LoginAsync(HttpResponseMessage loginPage, string identifier, string password)
        => SubmitAsync(loginPage, new Dictionary<string, string> { ["identifier"] = identifier, ["password"] = password });

    /// <summary>Presses allow or deny on the consent page.</summary>
    public Task<HttpResponseMessage> ConsentAsync(HttpResponseMessage consentPage, bool allow)
        => SubmitAsync(consentPage, new Dictionary<string, string>(), ("decision", allow ? "allow" : "deny"));

    /// <summary>The whole browser part of the code flow for a new user: authorize, log in, consent. Returns the redirect.</summary>
    public async Task<HttpResponseMessage> AuthorizeAsync(string url, string identifier, string password)
    {
        var loginPage = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        var consentPage = await LoginAsync(loginPage, identifier, password);
        Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);
        var redirect = await ConsentAsync(consentPage, allow: true);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return redirect;
    }

    /// <summary>The query parameters of a redirect's Location.</summary>
    public static Dictionary<string, string> RedirectParameters(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("The response is not a redirect.");
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
    }

    public void Dispose() => Client.Dispose();
}
