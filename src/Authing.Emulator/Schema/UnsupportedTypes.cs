using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// The result types of the operations later issues implement (OIDC sign-in, SSO apps, MFA); they are in the schema so
/// that clients' documents validate, and the operations answer a "not supported yet" business error.
/// </summary>
internal static class UnsupportedTypes
{
    public static ObjectType SignIn { get; } = Strings(
        "OIDCSignInResult",
        "sub", "birthdate", "family_name", "gender", "given_name", "locale", "middle_name", "name", "nickname", "picture",
        "preferred_username", "profile", "updated_at", "website", "zoneinfo", "username", "_id", "company", "browser", "device",
        "register_method", "last_ip", "register_in_userpool", "last_login", "signed_up", "email", "phone_number", "token",
        "access_token", "id_token", "refresh_token", "token_type", "scope")
        .Field<object>("logins_count", Int, _ => null)
        .Field<object>("blocked", Bool, _ => null)
        .Field<object>("email_verified", Bool, _ => null)
        .Field<object>("phone_number_verified", Bool, _ => null)
        .Field<object>("expires_in", Int, _ => null);

    public static ObjectType RefreshSignIn { get; } = Strings("RefreshedSignInToken", "id_token", "access_token", "refresh_token", "scope")
        .Field<object>("expires_in", Int, _ => null);

    public static ObjectType Mfa { get; } = Strings("MFA", "_id", "userId", "userPoolId", "shareKey")
        .Field<object>("enable", Bool, _ => null);

    public static ObjectType AuthorizedApps { get; } = new ObjectType("UserAuthorizedApps")
        .Field<object>("OAuthApps", WithLists(
            Strings("AuthorizedOAuthApp", "_id", "name", "domain", "clientId", "description", "when").Field<object>("isDeleted", Bool, _ => null),
            "grants", "redirectUris").List(), _ => null)
        .Field<object>("OIDCApps", WithLists(
            Strings(
                "AuthorizedOIDCApp", "_id", "name", "client_id", "domain", "description", "authorization_code_expire", "when",
                "id_token_signed_response_alg", "token_endpoint_auth_method", "image", "access_token_expire", "id_token_expire", "cas_expire")
                .Field<object>("isDeleted", Bool, _ => null),
            "response_types", "grant_types", "redirect_uris").List(), _ => null)
        .Field<object>("totalCount", Int, _ => null);

    public static ObjectType Revoked { get; } = Strings("RevokedAuthorizedApp", "isRevoked", "_id", "scope", "appId", "userId", "type");

    private static ObjectType Strings(string typeName, params string[] fields)
    {
        var type = new ObjectType(typeName);
        foreach (var field in fields)
        {
            type.Field<object>(field, Str, _ => null);
        }

        return type;
    }

    private static ObjectType WithLists(ObjectType type, params string[] fields)
    {
        foreach (var field in fields)
        {
            type.Field<object>(field, Str.List(), _ => null);
        }

        return type;
    }
}
