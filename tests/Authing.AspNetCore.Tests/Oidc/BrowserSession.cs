using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>One page a <see cref="BrowserSession"/> received.</summary>
/// <param name="Url">The address that answered.</param>
/// <param name="Status">The status code.</param>
/// <param name="Location">The absolute redirect target, for a redirect.</param>
/// <param name="Body">The body as text.</param>
internal sealed record BrowserPage(Uri Url, HttpStatusCode Status, Uri? Location, string Body)
{
    public bool IsRedirect => Location is not null && (int)Status is >= 300 and < 400;
}

/// <summary>
/// Plays a browser across several in-memory sites (the app and the emulator, told apart by their origin): one cookie
/// jar, redirects followed one by one (each visited address is recorded), HTML forms submitted with their hidden fields.
/// </summary>
internal sealed class BrowserSession : IDisposable
{
    private const int MaxRedirects = 10;

    private readonly Dictionary<string, HttpMessageInvoker> sites = new(StringComparer.OrdinalIgnoreCase);
    private readonly HtmlParser parser = new();

    public CookieContainer Cookies { get; } = new();

    public List<Uri> Visited { get; } = [];

    public void AddSite(Uri origin, HttpMessageHandler handler) => sites[origin.Authority] = new HttpMessageInvoker(handler);

    /// <summary>Sends one request, without following a redirect.</summary>
    public async Task<BrowserPage> SendAsync(HttpMethod method, Uri url, HttpContent? content = null)
    {
        HttpMessageInvoker site = sites.TryGetValue(url.Authority, out HttpMessageInvoker? known)
            ? known
            : throw new InvalidOperationException($"The browser knows no site at {url.Authority}.");
        using var request = new HttpRequestMessage(method, url) { Content = content };
        string cookies = Cookies.GetCookieHeader(url);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        Visited.Add(url);
        using HttpResponseMessage response = await site.SendAsync(request, CancellationToken.None);
        if (response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? setCookies))
        {
            foreach (string setCookie in setCookies)
            {
                Cookies.SetCookies(url, setCookie);
            }
        }

        Uri? location = response.Headers.Location is { } target ? new Uri(url, target) : null;
        return new BrowserPage(url, response.StatusCode, location, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Follows <paramref name="page"/>'s redirects with GET; stops before a target <paramref name="stopBefore"/> accepts.</summary>
    public async Task<BrowserPage> FollowAsync(BrowserPage page, Func<Uri, bool>? stopBefore = null)
    {
        for (int hops = 0; page.IsRedirect && hops < MaxRedirects; hops++)
        {
            if (stopBefore?.Invoke(page.Location!) == true)
            {
                return page;
            }

            page = await SendAsync(HttpMethod.Get, page.Location!);
        }

        return page;
    }

    public async Task<BrowserPage> GetAsync(Uri url, Func<Uri, bool>? stopBefore = null) =>
        await FollowAsync(await SendAsync(HttpMethod.Get, url), stopBefore);

    /// <summary>Submits the page's only form with its hidden fields, <paramref name="fields"/> and the button pressed, then follows redirects.</summary>
    public async Task<BrowserPage> SubmitAsync(
        BrowserPage page, IReadOnlyDictionary<string, string> fields, (string Name, string Value)? button = null, Func<Uri, bool>? stopBefore = null)
    {
        IHtmlDocument document = await parser.ParseDocumentAsync(page.Body);
        IHtmlFormElement form = document.Forms.Single();
        Dictionary<string, string> values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && input.Name is not null)
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach ((string name, string value) in fields)
        {
            values[name] = value;
        }

        if (button is { } pressed)
        {
            values[pressed.Name] = pressed.Value;
        }

        var action = new Uri(page.Url, form.GetAttribute("action") ?? page.Url.PathAndQuery);
        using var content = new FormUrlEncodedContent(values);
        return await FollowAsync(await SendAsync(HttpMethod.Post, action, content), stopBefore);
    }

    /// <summary>Whether the page holds a form field named <paramref name="name"/>.</summary>
    public bool HasField(BrowserPage page, string name) =>
        parser.ParseDocument(page.Body).QuerySelector($"[name='{name}']") is not null;

    public void Dispose()
    {
        foreach (HttpMessageInvoker site in sites.Values)
        {
            site.Dispose();
        }
    }
}
