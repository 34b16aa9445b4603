using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Authing.Emulator.Oidc;

/// <summary>The provider's HTML pages: login, MFA code, consent, errors and the signed-out page. Every value is HTML-encoded.</summary>
internal static class OidcPages
{
    private static readonly Dictionary<string, string> ScopeDescriptions = new(StringComparer.Ordinal)
    {
        ["openid"] = "你的用户 ID",
        ["profile"] = "你的用户名、昵称和头像",
        ["email"] = "你的邮箱地址",
        ["phone"] = "你的手机号",
        ["offline_access"] = "在你离线时保持访问",
    };

    public static IResult Login(OidcApp app, AuthorizationRequest request, AntiforgeryTokenSet antiforgery, string? error)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>登录</h1><p>登录以继续使用 <strong>{Encode(app.Name)}</strong></p>");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>");
        }

        body.Append("<form method=\"post\" action=\"/oauth/oidc/auth/login\">")
            .Append(Hidden(antiforgery, request))
            .Append("<label>邮箱、手机号或用户名<input name=\"identifier\" autocomplete=\"username\" required></label>")
            .Append("<label>密码<input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
            .Append("<button type=\"submit\">登录</button></form>");
        return Page("登录", body.ToString(), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>The second step of a login for a user with MFA on: the TOTP code, posted with the protected pending login.</summary>
    public static IResult MfaCode(OidcApp app, AuthorizationRequest request, AntiforgeryTokenSet antiforgery, string pendingLogin, string? error)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>MFA 验证</h1><p>输入身份验证器应用中的 6 位验证码，以继续使用 <strong>{Encode(app.Name)}</strong></p>");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>");
        }

        body.Append("<form method=\"post\" action=\"/oauth/oidc/auth/login\">")
            .Append(Hidden(antiforgery, request))
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"mfa_pending\" value=\"{Encode(pendingLogin)}\">")
            .Append("<label>MFA 验证码<input name=\"mfa_code\" autocomplete=\"one-time-code\" inputmode=\"numeric\" required></label>")
            .Append("<button type=\"submit\">验证</button></form>");
        return Page("MFA 验证", body.ToString(), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static IResult Consent(OidcApp app, AuthorizationRequest request, AntiforgeryTokenSet antiforgery, string userName)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>授权</h1><p><strong>{Encode(app.Name)}</strong> 请求访问 {Encode(userName)} 的以下信息：</p><ul>");
        foreach (var scope in OidcScopes.Parse(request.Scope))
        {
            body.Append(CultureInfo.InvariantCulture, $"<li data-scope=\"{Encode(scope)}\">{Encode(ScopeDescriptions[scope])}</li>");
        }

        body.Append("</ul><form method=\"post\" action=\"/oauth/oidc/auth/consent\">")
            .Append(Hidden(antiforgery, request))
            .Append("<button type=\"submit\" name=\"decision\" value=\"allow\">允许</button>")
            .Append("<button type=\"submit\" name=\"decision\" value=\"deny\">拒绝</button></form>");
        return Page("授权", body.ToString(), StatusCodes.Status200OK);
    }

    public static IResult Error(string description)
        => Page("错误", $"<h1>无法继续</h1><p class=\"error\" role=\"alert\">{Encode(description)}</p>", StatusCodes.Status400BadRequest);

    public static IResult SignedOut()
        => Page("已退出", "<h1>已退出</h1><p>你已退出登录。</p>", StatusCodes.Status200OK);

    private static string Hidden(AntiforgeryTokenSet antiforgery, AuthorizationRequest request)
        => $"<input type=\"hidden\" name=\"{Encode(antiforgery.FormFieldName)}\" value=\"{Encode(antiforgery.RequestToken)}\">"
            + $"<input type=\"hidden\" name=\"request\" value=\"{Encode(request.Encoded)}\">";

    private static PageResult Page(string title, string body, int statusCode)
        => new PageResult(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{Encode(title)} - Authing emulator</title>
            <style>body{"{"}font-family:sans-serif;max-width:28em;margin:3em auto{"}"}label{"{"}display:block;margin:.6em 0{"}"}input{"{"}display:block;width:100%{"}"}.error{"{"}color:#b00{"}"}</style>
            </head><body>{body}</body></html>
            """,
            statusCode);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>An HTML page that must not be cached or framed.</summary>
    private sealed class PageResult(string html, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
            return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode).ExecuteAsync(httpContext);
        }
    }
}
