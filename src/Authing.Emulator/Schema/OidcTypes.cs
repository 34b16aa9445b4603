using System.Globalization;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Oidc;
using Authing.Emulator.Users;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The result types of <c>signIn</c>, <c>refreshSignInToken</c>, <c>GetUserAuthorizedApps</c> and <c>RevokeUserAuthorizedApp</c>.</summary>
internal static class OidcTypes
{
    private const string AppImage = "https://usercontents.authing.cn/client/logo@2.png";
    private static readonly string[] CodeResponseType = ["code"];

    public static ObjectType SignIn { get; } = BuildSignIn();

    public static ObjectType RefreshSignIn { get; } = new ObjectType("RefreshedSignInToken")
        .Field<OidcTokenSet>("id_token", Str, tokens => tokens.IdToken)
        .Field<OidcTokenSet>("access_token", Str, tokens => tokens.AccessToken)
        .Field<OidcTokenSet>("refresh_token", Str, tokens => tokens.RefreshToken)
        .Field<OidcTokenSet>("scope", Str, tokens => tokens.Scope)
        .Field<OidcTokenSet>("expires_in", Int, tokens => (int)tokens.ExpiresIn);

    public static ObjectType AuthorizedApps { get; } = new ObjectType("UserAuthorizedApps")
        .Field<AuthorizedApps>(
            "OAuthApps",
            NullObject("AuthorizedOAuthApp", ["_id", "name", "domain", "clientId", "description", "when"], ("isDeleted", Bool), ("grants", Str.List()), ("redirectUris", Str.List())).List(),
            _ => Array.Empty<object>())
        .Field<AuthorizedApps>("OIDCApps", BuildAuthorizedOidcApp().List(), apps => apps.Page)
        .Field<AuthorizedApps>("totalCount", Int, apps => (int)apps.Total);

    public static ObjectType Revoked { get; } = new ObjectType("RevokedAuthorizedApp")
        .Field<RevokedApp>("isRevoked", Str, revoked => revoked.ConsentId is null ? "false" : "true")
        .Field<RevokedApp>("_id", Str, revoked => revoked.ConsentId)
        .Field<RevokedApp>("scope", Str, revoked => revoked.Scope)
        .Field<RevokedApp>("appId", Str, revoked => revoked.AppId)
        .Field<RevokedApp>("userId", Str, revoked => revoked.UserId)
        .Field<RevokedApp>("type", Str, _ => "oidc");

    private static ObjectType BuildSignIn()
    {
        var type = new ObjectType("OIDCSignInResult")
            .Field<SignInResult>("sub", Str, result => result.User.Id)
            .Field<SignInResult>("_id", Str, result => result.User.Id)
            .Field<SignInResult>("nickname", Str, result => result.User.Nickname)
            .Field<SignInResult>("picture", Str, result => result.User.Photo)
            .Field<SignInResult>("preferred_username", Str, result => result.User.Username)
            .Field<SignInResult>("updated_at", Str, result => Iso(result.User.LastLogin ?? result.User.SignedUp))
            .Field<SignInResult>("username", Str, result => result.User.Username)
            .Field<SignInResult>("company", Str, result => result.User.Company)
            .Field<SignInResult>("browser", Str, result => result.User.Browser)
            .Field<SignInResult>("device", Str, result => result.User.Device)
            .Field<SignInResult>("logins_count", Int, result => result.User.LoginsCount)
            .Field<SignInResult>("register_method", Str, result => result.User.RegisterMethod)
            .Field<SignInResult>("blocked", Bool, result => result.User.Blocked)
            .Field<SignInResult>("last_ip", Str, result => result.User.LastIP)
            .Field<SignInResult>("register_in_userpool", Str, result => result.User.PoolId)
            .Field<SignInResult>("last_login", Str, result => Iso(result.User.LastLogin))
            .Field<SignInResult>("signed_up", Str, result => Iso(result.User.SignedUp))
            .Field<SignInResult>("email", Str, result => result.User.Email)
            .Field<SignInResult>("email_verified", Bool, result => result.User.EmailVerified)
            .Field<SignInResult>("phone_number", Str, result => result.User.Phone)
            .Field<SignInResult>("phone_number_verified", Bool, result => result.User.PhoneVerified)
            .Field<SignInResult>("token", Str, result => result.User.Token)
            .Field<SignInResult>("access_token", Str, result => result.Tokens.AccessToken)
            .Field<SignInResult>("id_token", Str, result => result.Tokens.IdToken)
            .Field<SignInResult>("refresh_token", Str, result => result.Tokens.RefreshToken)
            .Field<SignInResult>("expires_in", Int, result => (int)result.Tokens.ExpiresIn)
            .Field<SignInResult>("token_type", Str, _ => "Bearer")
            .Field<SignInResult>("scope", Str, result => result.Tokens.Scope);
        foreach (var empty in new[] { "birthdate", "family_name", "gender", "given_name", "locale", "middle_name", "name", "profile", "website", "zoneinfo" })
        {
            type.Field<SignInResult>(empty, Str, _ => string.Empty);
        }

        return type;
    }

    private static ObjectType BuildAuthorizedOidcApp()
        => new ObjectType("AuthorizedOIDCApp")
            .Field<AuthorizedApp>("_id", Str, item => item.App.ClientId)
            .Field<AuthorizedApp>("name", Str, item => item.App.Name)
            .Field<AuthorizedApp>("client_id", Str, item => item.App.ClientId)
            .Field<AuthorizedApp>("domain", Str, item => item.App.ClientId)
            .Field<AuthorizedApp>("description", Str, _ => string.Empty)
            .Field<AuthorizedApp>("authorization_code_expire", Str, item => Seconds(item.App.CodeLifetime))
            .Field<AuthorizedApp>("when", Str, item => Formats.JsDate.Format(item.When))
            .Field<AuthorizedApp>("isDeleted", Bool, _ => false)
            .Field<AuthorizedApp>("id_token_signed_response_alg", Str, _ => "RS256")
            .Field<AuthorizedApp>("response_types", Str.List(), _ => CodeResponseType)
            .Field<AuthorizedApp>("grant_types", Str.List(), item => item.App.GrantTypes)
            .Field<AuthorizedApp>("token_endpoint_auth_method", Str, _ => "client_secret_post")
            .Field<AuthorizedApp>("redirect_uris", Str.List(), item => item.App.RedirectUris)
            .Field<AuthorizedApp>("image", Str, _ => AppImage)
            .Field<AuthorizedApp>("access_token_expire", Str, item => Seconds(item.App.AccessTokenLifetime))
            .Field<AuthorizedApp>("id_token_expire", Str, item => Seconds(item.App.IdTokenLifetime))
            .Field<AuthorizedApp>("cas_expire", Str, item => Seconds(item.App.AccessTokenLifetime));

    private static string Seconds(TimeSpan value) => ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>What <c>signIn</c> answers: the user (with a fresh UserToken) and the OIDC tokens.</summary>
internal sealed record SignInResult(EmulatorUser User, OidcTokenSet Tokens);

/// <summary>An app the user authorized, and when.</summary>
internal sealed record AuthorizedApp(OidcApp App, DateTimeOffset When);

/// <summary>One page of authorized apps and their count.</summary>
internal sealed record AuthorizedApps(IReadOnlyList<AuthorizedApp> Page, long Total);

/// <summary>The outcome of <c>RevokeUserAuthorizedApp</c>.</summary>
internal sealed record RevokedApp(string? ConsentId, string? Scope, string AppId, string UserId);
