using Authing.Emulator.Errors;
using Authing.Emulator.Pools;
using Authing.Emulator.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace Authing.Emulator.Oidc;

/// <summary>
/// The authorization endpoint and its pages: <c>/oauth/oidc/auth</c> (GET or POST), the login form
/// (<c>/oauth/oidc/auth/login</c>, which asks a user with MFA on for the TOTP code on a second page) and the consent
/// form (<c>/oauth/oidc/auth/consent</c>). An unknown client or an
/// unregistered redirect URI is shown on an error page; every other error goes back to the client's redirect URI.
/// </summary>
internal sealed partial class OidcAuthorizeEndpoints(
    OidcAppDirectory apps,
    OidcGrants grants,
    OidcSessions sessions,
    OidcCredentials credentials,
    OidcPendingLogins pendingLogins,
    UserService users,
    UserPoolDirectory pools,
    IAntiforgery antiforgery,
    ILogger<OidcAuthorizeEndpoints> logger)
{
    public async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var parameters = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)
            : (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)context.Request.Query;
        var request = AuthorizationRequest.From(parameters);
        return await ContinueAsync(context, request, await sessions.CurrentAsync(context).ConfigureAwait(false), loginDone: false, consentDone: false).ConfigureAwait(false);
    }

    public async Task<IResult> LoginAsync(HttpContext context)
    {
        var (posted, refusal) = await ReadPostedFormAsync(context).ConfigureAwait(false);
        if (posted is not { Values: var form, Request: var request, App: var app })
        {
            return refusal!;
        }

        var answeringMfa = form.ContainsKey("mfa_pending");
        var pending = answeringMfa ? pendingLogins.Unprotect(form["mfa_pending"]) : null;
        if (answeringMfa && pending is null)
        {
            return OidcPages.Login(app, request, antiforgery.GetAndStoreTokens(context), "登录已超时，请重新输入账号和密码。");
        }

        var (identifier, password) = pending ?? (form["identifier"].ToString(), form["password"].ToString());
        if (string.IsNullOrWhiteSpace(identifier) || string.IsNullOrEmpty(password))
        {
            return OidcPages.Login(app, request, antiforgery.GetAndStoreTokens(context), "请输入账号和密码。");
        }

        var mfa = new MfaAnswer(pending is null ? null : form["mfa_code"].ToString());
        EmulatorUser user;
        try
        {
            user = await credentials.LoginAsync(app.PoolId, OidcCredentials.FromLoginName(identifier), password, context.Connection.RemoteIpAddress?.ToString(), issueUserToken: false, mfa, context.RequestAborted).ConfigureAwait(false);
        }
        catch (AuthingException exception) when (exception.Error.Code == AuthingErrors.MfaCodeRequired.Code || exception.Error.Code == AuthingErrors.MfaCodeInvalid.Code)
        {
            LogLoginRejected(logger, app.ClientId, exception.Error.Code);
            var error = exception.Error.Code == AuthingErrors.MfaCodeInvalid.Code ? "MFA 验证码错误，请重新输入。" : null;

            // A wrong code keeps the pending login it came with: its five minutes run from the password step.
            var pendingField = answeringMfa ? form["mfa_pending"].ToString() : pendingLogins.Protect(identifier, password);
            return OidcPages.MfaCode(app, request, antiforgery.GetAndStoreTokens(context), pendingField, error);
        }
        catch (AuthingException exception)
        {
            LogLoginRejected(logger, app.ClientId, exception.Error.Code);
            return OidcPages.Login(app, request, antiforgery.GetAndStoreTokens(context), "账号或密码错误。");
        }

        var session = await sessions.SignInAsync(context, app.PoolId, user.Id).ConfigureAwait(false);
        LogSignedIn(logger, user.Id, app.ClientId);
        return await ContinueAsync(context, request, session, loginDone: true, consentDone: false).ConfigureAwait(false);
    }

    public async Task<IResult> ConsentAsync(HttpContext context)
    {
        var (posted, refusal) = await ReadPostedFormAsync(context).ConfigureAwait(false);
        if (posted is not { Values: var form, Request: var request, App: var app })
        {
            return refusal!;
        }

        var session = await sessions.CurrentAsync(context).ConfigureAwait(false);
        if (session is null || session.PoolId != app.PoolId)
        {
            return OidcPages.Login(app, request, antiforgery.GetAndStoreTokens(context), error: null);
        }

        switch (form["decision"].ToString())
        {
            case "allow":
                await grants.GrantConsentAsync(app, session.UserId, request.Scope, context.RequestAborted).ConfigureAwait(false);
                return await ContinueAsync(context, request, session, loginDone: true, consentDone: true).ConfigureAwait(false);
            case "deny":
                return ErrorRedirect(request, new OidcProtocolException("access_denied", "The user denied the request."), context.Request);
            default:
                return OidcPages.Error("请选择允许或拒绝。");
        }
    }

    private async Task<IResult> ContinueAsync(HttpContext context, AuthorizationRequest request, ProviderSession? session, bool loginDone, bool consentDone)
    {
        if (Target(request) is not { } app)
        {
            return ClientProblemPage(request);
        }

        if (request.Problem(app) is { } problem)
        {
            return ErrorRedirect(request, problem, context.Request);
        }

        var prompt = request.Prompt;
        var signedIn = session is not null && session.PoolId == app.PoolId;
        if (!loginDone && (!signedIn || prompt.Contains("login") || prompt.Contains("select_account")))
        {
            return prompt.Contains("none")
                ? ErrorRedirect(request, new OidcProtocolException("login_required", "The user is not signed in."), context.Request)
                : OidcPages.Login(app, request, antiforgery.GetAndStoreTokens(context), error: null);
        }

        var current = session!;
        if (!consentDone && (prompt.Contains("consent") || !await grants.HasConsentAsync(app, current.UserId, request.Scope, context.RequestAborted).ConfigureAwait(false)))
        {
            if (prompt.Contains("none"))
            {
                return ErrorRedirect(request, new OidcProtocolException("consent_required", "The user has not authorized this app."), context.Request);
            }

            var user = await users.GetAsync(pools.Get(app.PoolId), current.UserId, context.RequestAborted).ConfigureAwait(false);
            return OidcPages.Consent(app, request, antiforgery.GetAndStoreTokens(context), user.Username ?? user.Email ?? user.Phone ?? user.Id);
        }

        var code = await grants.IssueCodeAsync(app, current.UserId, request, current.AuthTime, context.RequestAborted).ConfigureAwait(false);
        LogCodeIssued(logger, current.UserId, app.ClientId);
        return Redirect(request, new Dictionary<string, string?> { ["code"] = code }, context.Request);
    }

    /// <summary>A login or consent form post: form-encoded, with a valid antiforgery token and a request for a known client.</summary>
    private async Task<(PostedForm? Posted, IResult? Refusal)> ReadPostedFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return (null, OidcPages.Error("表单已失效，请返回应用重新登录。"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var request = AuthorizationRequest.FromEncoded(form["request"]);
        return Target(request) is { } app ? (new PostedForm(form, request, app), null) : (null, ClientProblemPage(request));
    }

    private OidcApp? Target(AuthorizationRequest request)
        => apps.Find(request.ClientId) is { } app && app.AcceptsRedirectUri(request.RedirectUri) ? app : null;

    private IResult ClientProblemPage(AuthorizationRequest request)
    {
        var known = apps.Find(request.ClientId) is not null;
        LogClientRejected(logger, known ? "unregistered redirect_uri" : "unknown client_id");
        return OidcPages.Error(known
            ? "redirect_uri 未在该应用中注册。"
            : "client_id 不是本模拟器中的 OIDC 应用。");
    }

    private static IResult ErrorRedirect(AuthorizationRequest request, OidcProtocolException error, HttpRequest http)
        => Redirect(request, new Dictionary<string, string?> { ["error"] = error.Error, ["error_description"] = error.Message }, http);

    private static IResult Redirect(AuthorizationRequest request, Dictionary<string, string?> values, HttpRequest http)
    {
        if (request.State is { } state)
        {
            values["state"] = state;
        }

        values["iss"] = OidcIssuer.From(http);
        return Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, values));
    }

    [LoggerMessage(EventId = 400, EventName = "OidcClientRejected", Level = LogLevel.Information, Message = "Authorization request refused: {Reason}.")]
    private static partial void LogClientRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 401, EventName = "OidcLoginRejected", Level = LogLevel.Information, Message = "Login for OIDC app {ClientId} rejected with code {Code}.")]
    private static partial void LogLoginRejected(ILogger logger, string clientId, int code);

    [LoggerMessage(EventId = 402, EventName = "OidcSignedIn", Level = LogLevel.Debug, Message = "User {UserId} signed in at the provider for OIDC app {ClientId}.")]
    private static partial void LogSignedIn(ILogger logger, string userId, string clientId);

    [LoggerMessage(EventId = 403, EventName = "OidcCodeIssued", Level = LogLevel.Debug, Message = "Authorization code issued to OIDC app {ClientId} for user {UserId}.")]
    private static partial void LogCodeIssued(ILogger logger, string userId, string clientId);

    private sealed record PostedForm(IFormCollection Values, AuthorizationRequest Request, OidcApp App);
}
