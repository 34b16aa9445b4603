using System.Net;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The cookies a browser holds for one site at a moment, to put back later (to replay a request).</summary>
internal sealed class CookieSnapshot
{
    private readonly List<Cookie> cookies;

    private CookieSnapshot(List<Cookie> cookies) => this.cookies = cookies;

    public static CookieSnapshot Take(BrowserSession browser, Uri site) =>
        new([.. browser.Cookies.GetCookies(site).Select(cookie => new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain))]);

    public void Restore(BrowserSession browser, Uri site)
    {
        foreach (Cookie cookie in cookies)
        {
            browser.Cookies.Add(site, new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }
    }
}
