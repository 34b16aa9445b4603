using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Tests.Oidc;

public sealed class DiscoveryTests : OidcTest
{
    [Fact]
    public async Task Discovery_names_the_issuer_and_every_endpoint_under_oauth_oidc()
    {
        var document = await Client.GetFromJsonAsync<JsonObject>("/oauth/oidc/.well-known/openid-configuration");

        Assert.Equal(Issuer, (string?)document!["issuer"]);
        Assert.Equal(Issuer + "/auth", (string?)document["authorization_endpoint"]);
        Assert.Equal(Issuer + "/token", (string?)document["token_endpoint"]);
        Assert.Equal(Issuer + "/me", (string?)document["userinfo_endpoint"]);
        Assert.Equal(Issuer + "/.well-known/jwks.json", (string?)document["jwks_uri"]);
        Assert.Equal(Issuer + "/session/end", (string?)document["end_session_endpoint"]);
        Assert.Equal(["S256"], document["code_challenge_methods_supported"]!.AsArray().Select(value => (string?)value));
        Assert.Equal(["authorization_code", "password", "refresh_token", "authingToken"], document["grant_types_supported"]!.AsArray().Select(value => (string?)value));
        Assert.Equal(["client_secret_post", "client_secret_basic"], document["token_endpoint_auth_methods_supported"]!.AsArray().Select(value => (string?)value));
    }

    [Fact]
    public async Task Jwks_publishes_one_rs256_signing_key_with_a_kid()
    {
        var jwks = await Client.GetFromJsonAsync<JsonObject>("/oauth/oidc/.well-known/jwks.json");

        var key = Assert.Single(jwks!["keys"]!.AsArray())!;
        Assert.Equal("RSA", (string?)key["kty"]);
        Assert.Equal("RS256", (string?)key["alg"]);
        Assert.Equal("sig", (string?)key["use"]);
        Assert.False(string.IsNullOrEmpty((string?)key["kid"]));
        Assert.False(string.IsNullOrEmpty((string?)key["n"]));
        Assert.Null(key["d"]);
    }
}
