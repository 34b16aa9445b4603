using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// The result types of the operations later issues implement (OIDC sign-in, SSO apps); they are in the schema so
/// that clients' documents validate, and the operations answer a "not supported yet" business error.
/// </summary>
internal static class UnsupportedTypes
{
    public static ObjectType SignIn { get; } = NullObject(
        "OIDCSignInResult",
        [
            "sub", "birthdate", "family_name", "gender", "given_name", "locale", "middle_name", "name", "nickname", "picture",
            "preferred_username", "profile", "updated_at", "website", "zoneinfo", "username", "_id", "company", "browser", "device",
            "register_method", "last_ip", "register_in_userpool", "last_login", "signed_up", "email", "phone_number", "token",
            "access_token", "id_token", "refresh_token", "token_type", "scope",
        ],
        ("logins_count", Int),
        ("blocked", Bool),
        ("email_verified", Bool),
        ("phone_number_verified", Bool),
        ("expires_in", Int));

    public static ObjectType RefreshSignIn { get; } = NullObject("RefreshedSignInToken", ["id_token", "access_token", "refresh_token", "scope"], ("expires_in", Int));

    public static ObjectType AuthorizedApps { get; } = NullObject(
        "UserAuthorizedApps",
        [],
        ("OAuthApps", NullObject(
            "AuthorizedOAuthApp",
            ["_id", "name", "domain", "clientId", "description", "when"],
            ("isDeleted", Bool),
            ("grants", Str.List()),
            ("redirectUris", Str.List())).List()),
        ("OIDCApps", NullObject(
            "AuthorizedOIDCApp",
            [
                "_id", "name", "client_id", "domain", "description", "authorization_code_expire", "when", "id_token_signed_response_alg",
                "token_endpoint_auth_method", "image", "access_token_expire", "id_token_expire", "cas_expire",
            ],
            ("isDeleted", Bool),
            ("response_types", Str.List()),
            ("grant_types", Str.List()),
            ("redirect_uris", Str.List())).List()),
        ("totalCount", Int));

    public static ObjectType Revoked { get; } = NullObject("RevokedAuthorizedApp", ["isRevoked", "_id", "scope", "appId", "userId", "type"]);
}
