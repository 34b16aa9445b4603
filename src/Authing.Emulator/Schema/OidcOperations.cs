using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Oidc;
using Authing.Emulator.Users;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// OIDC over GraphQL: <c>signIn</c> and <c>refreshSignInToken</c> (the password and refresh grants of an OIDC app,
/// without its secret), <c>GetUserAuthorizedApps</c> and <c>RevokeUserAuthorizedApp</c> (the user's consents).
/// </summary>
internal sealed class OidcOperations(OidcGrants grants, OidcAppDirectory apps, Access access)
{
    public void AddQueries(ObjectType query)
        => query.AddField(Operation(
            "GetUserAuthorizedApps",
            OidcTypes.AuthorizedApps,
            AuthorizedAppsAsync,
            [.. Strings("clientId", "userId"), Arg("page", Int), Arg("count", Int)]));

    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation("signIn", OidcTypes.SignIn, SignInAsync, Strings("oidcAppId", "userPoolId", "email", "phone", "password", "username", "unionid")));
        mutation.AddField(Operation("refreshSignInToken", OidcTypes.RefreshSignIn, RefreshAsync, [.. Strings("oidcAppId", "userPoolId"), Arg("refreshToken", Str.NonNull())]));
        mutation.AddField(Operation("RevokeUserAuthorizedApp", OidcTypes.Revoked, RevokeAsync, Strings("userPoolId", "userId", "appId")));
    }

    private async Task<object?> SignInAsync(ResolveContext context)
    {
        var app = App(context.Text("oidcAppId"), context.Text("userPoolId"));
        List<(UserKey Key, string Value)> identifiers = [.. new (string Name, UserKey Key)[] { ("email", UserKey.Email), ("phone", UserKey.Phone), ("username", UserKey.Username), ("unionid", UserKey.Unionid) }
            .Select(pair => (pair.Key, Value: InputRules.Optional(context.Text(pair.Name))))
            .Where(pair => pair.Value is not null)
            .Select(pair => (pair.Key, pair.Value!))];
        if (identifiers.Count != 1)
        {
            throw new AuthingException(AuthingErrors.MissingArgument("email、phone、username 或 unionid 中的一个"));
        }

        var request = Access.Request(context);
        var (user, tokens) = await grants.SignInAsync(Issuer(context), app, identifiers, InputRules.Optional(context.Text("password")), request.RemoteIp, context.CancellationToken).ConfigureAwait(false);
        return new SignInResult(user, tokens);
    }

    private async Task<object?> RefreshAsync(ResolveContext context)
    {
        var appId = InputRules.Optional(context.Text("oidcAppId"));
        if (appId is not null)
        {
            App(appId, context.Text("userPoolId"));
        }

        try
        {
            return await grants.RefreshAsync(Issuer(context), appId, context.Text("refreshToken"), scope: null, context.CancellationToken).ConfigureAwait(false);
        }
        catch (OidcProtocolException)
        {
            throw new AuthingException(AuthingErrors.OidcRefreshTokenInvalid);
        }
    }

    private async Task<object?> AuthorizedAppsAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("userId"), context.Text("clientId")).ConfigureAwait(false);
        var (page, total) = await grants.AuthorizedAppsAsync(pool, userId, context.Arguments.Number("page") ?? 1, context.Arguments.Number("count") ?? 10, context.CancellationToken).ConfigureAwait(false);
        return new AuthorizedApps([.. page.Select(item => new AuthorizedApp(item.App, item.When))], total);
    }

    private async Task<object?> RevokeAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("userId"), context.Text("userPoolId")).ConfigureAwait(false);
        var app = apps.Find(InputRules.Optional(context.Text("appId")));
        if (app is null || app.PoolId != pool.Id)
        {
            throw new AuthingException(AuthingErrors.OidcAppNotFound);
        }

        var consent = await grants.RevokeAsync(pool, userId, app.ClientId, context.CancellationToken).ConfigureAwait(false);
        return new RevokedApp(consent?.Id, consent?.Scope, app.ClientId, userId);
    }

    private OidcApp App(string? appId, string? poolId)
    {
        var pool = InputRules.Optional(poolId);
        var app = InputRules.Optional(appId) is { } id ? apps.Find(id)
            : pool is not null ? grants.FirstAppOf(pool)
            : throw new AuthingException(AuthingErrors.MissingArgument("oidcAppId"));
        return app is not null && (pool is null || string.Equals(app.PoolId, pool, StringComparison.OrdinalIgnoreCase))
            ? app
            : throw new AuthingException(AuthingErrors.OidcAppNotFound);
    }

    private static string Issuer(ResolveContext context) => Access.Request(context).BaseUrl.ToString().TrimEnd('/') + OidcIssuer.Path;
}
