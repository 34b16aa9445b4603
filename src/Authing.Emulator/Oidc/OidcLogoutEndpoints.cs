using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Authing.Emulator.Oidc;

/// <summary>
/// Signing out at the provider: the end-session endpoint <c>/oauth/oidc/session/end</c> (<c>id_token_hint</c>,
/// <c>post_logout_redirect_uri</c>, <c>state</c>, <c>client_id</c>) and Authing's SSO logout
/// <c>/login/profile/logout?app_id=&amp;redirect_uri=</c>. The browser is only sent back to a URI the app registered.
/// </summary>
internal sealed partial class OidcLogoutEndpoints(OidcAppDirectory apps, OidcTokens tokens, OidcSessions sessions, ILogger<OidcLogoutEndpoints> logger)
{
    public async Task<IResult> EndSessionAsync(HttpContext context)
    {
        var parameters = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)).ToDictionary(pair => pair.Key, pair => pair.Value)
            : context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value);
        var redirect = Single(parameters, "post_logout_redirect_uri");
        var clientId = Single(parameters, "client_id");
        var hint = Single(parameters, "id_token_hint");
        if (hint is not null)
        {
            var jwt = await tokens.ValidateAsync(hint, OidcIssuer.From(context.Request), checkExpiry: false).ConfigureAwait(false);
            var audience = jwt?.Audiences.FirstOrDefault();
            if (audience is null || (clientId is not null && !string.Equals(clientId, audience, StringComparison.OrdinalIgnoreCase)))
            {
                return OidcPages.Error("id_token_hint 无效，或与 client_id 不符。");
            }

            clientId = audience;
        }

        if (redirect is null)
        {
            await SignOutAsync(context, clientId).ConfigureAwait(false);
            return OidcPages.SignedOut();
        }

        if (clientId is null)
        {
            return OidcPages.Error("post_logout_redirect_uri 需要 id_token_hint 或 client_id。");
        }

        return await SignOutAndRedirectAsync(context, clientId, redirect, Single(parameters, "state")).ConfigureAwait(false);
    }

    public async Task<IResult> ProfileLogoutAsync(HttpContext context)
    {
        var appId = context.Request.Query["app_id"].ToString();
        var redirect = context.Request.Query["redirect_uri"].ToString();
        return appId.Length == 0 || redirect.Length == 0
            ? OidcPages.Error("app_id 和 redirect_uri 都是必填参数。")
            : await SignOutAndRedirectAsync(context, appId, redirect, state: null).ConfigureAwait(false);
    }

    private async Task<IResult> SignOutAndRedirectAsync(HttpContext context, string clientId, string redirect, string? state)
    {
        var app = apps.Find(clientId);
        if (app is null || !app.AcceptsPostLogoutRedirectUri(redirect))
        {
            return OidcPages.Error(app is null ? "应用不存在。" : "退出后的回调地址未在该应用中注册。");
        }

        await SignOutAsync(context, app.ClientId).ConfigureAwait(false);
        return Results.Redirect(state is null ? redirect : QueryHelpers.AddQueryString(redirect, "state", state));
    }

    private async Task SignOutAsync(HttpContext context, string? clientId)
    {
        await sessions.SignOutAsync(context).ConfigureAwait(false);
        LogSignedOut(logger, clientId ?? "(none)");
    }

    private static string? Single(Dictionary<string, StringValues> parameters, string name)
        => parameters.TryGetValue(name, out var values) && values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    [LoggerMessage(EventId = 420, EventName = "OidcSignedOut", Level = LogLevel.Debug, Message = "Provider session ended (app {ClientId}).")]
    private static partial void LogSignedOut(ILogger logger, string clientId);
}
