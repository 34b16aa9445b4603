using System.Buffers.Text;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Oidc;

/// <summary>The discovery document and the JWKS it points to.</summary>
internal static class OidcDiscovery
{
    public static JsonObject Document(HttpRequest request)
    {
        var issuer = OidcIssuer.From(request);
        return new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = issuer + "/auth",
            ["token_endpoint"] = issuer + "/token",
            ["userinfo_endpoint"] = issuer + "/me",
            ["jwks_uri"] = issuer + "/.well-known/jwks.json",
            ["end_session_endpoint"] = issuer + "/session/end",
            ["response_types_supported"] = Array("code"),
            ["response_modes_supported"] = Array("query"),
            ["grant_types_supported"] = Array([.. OidcGrantTypes.All]),
            ["subject_types_supported"] = Array("public"),
            ["id_token_signing_alg_values_supported"] = Array("RS256"),
            ["scopes_supported"] = Array([.. OidcScopes.Supported]),
            ["claims_supported"] = Array(
                "sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "username", "preferred_username", "nickname",
                "picture", "updated_at", "email", "email_verified", "phone_number", "phone_number_verified"),
            ["token_endpoint_auth_methods_supported"] = Array("client_secret_post", "client_secret_basic"),
            ["code_challenge_methods_supported"] = Array("S256"),
            ["prompt_values_supported"] = Array("none", "login", "consent", "select_account"),
            ["claims_parameter_supported"] = false,
            ["request_parameter_supported"] = false,
            ["request_uri_parameter_supported"] = false,
            ["authorization_response_iss_parameter_supported"] = true,
        };
    }

    public static JsonObject KeySet(OidcSigningKeys keys)
    {
        var published = new JsonArray();
        foreach (var key in keys.All)
        {
            var parameters = key.Rsa.ExportParameters(false);
            published.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = key.KeyId,
                ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            });
        }

        return new JsonObject { ["keys"] = published };
    }

    private static JsonArray Array(params string[] values) => [.. values.Select(value => (JsonNode?)value)];
}
