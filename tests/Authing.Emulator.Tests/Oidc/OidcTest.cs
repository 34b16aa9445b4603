using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Authing.Emulator.Tests.Oidc;

/// <summary>A fresh emulator with its demo OIDC app, a browser and shortcuts for the token endpoint.</summary>
public abstract class OidcTest : EmulatorTest
{
    protected const string Email = "alice@example.com";
    protected const string Password = "p@ssw0rd";
    protected const string Issuer = "http://localhost/oauth/oidc";

    protected OidcTest() => Browser = new OidcBrowser(Factory);

    protected OidcBrowser Browser { get; }

    /// <summary>Registers Alice, runs the browser part of the code flow with PKCE and returns the code and verifier.</summary>
    protected async Task<(string Code, string Verifier)> CodeAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        await RegisterAsync(Email, Password);
        var (verifier, challenge) = OidcBrowser.Pkce();
        var redirect = await Browser.AuthorizeAsync(OidcBrowser.AuthorizeUrl(challenge, extra), Email, Password);
        return (OidcBrowser.RedirectParameters(redirect)["code"], verifier);
    }

    /// <summary>Posts to the token endpoint with client_secret_post; null values are left out.</summary>
    protected Task<HttpResponseMessage> TokenAsync(IReadOnlyDictionary<string, string?> values, bool authenticate = true)
    {
        var form = values.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!);
        if (authenticate)
        {
            form.TryAdd("client_id", OidcBrowser.ClientId);
            form.TryAdd("client_secret", OidcBrowser.ClientSecret);
        }

        return Client.PostAsync(new Uri("/oauth/oidc/token", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>Redeems a code and returns the token response, asserting success.</summary>
    protected async Task<JsonObject> RedeemAsync(string code, string verifier)
    {
        var response = await TokenAsync(new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = OidcBrowser.RedirectUri,
            ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Asserts an OAuth error response: its status and <c>error</c> code.</summary>
    protected static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(error, (string?)body!["error"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error_description"]));
    }

    /// <summary>Validates a token against the provider's JWKS, as a relying party would.</summary>
    protected async Task<JsonWebToken> ValidateAsync(string token)
    {
        var jwks = new JsonWebKeySet(await Client.GetStringAsync(new Uri("/oauth/oidc/.well-known/jwks.json", UriKind.Relative)));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = OidcBrowser.ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            LifetimeValidator = (notBefore, expires, _, _) => expires > Factory.Clock.GetUtcNow().UtcDateTime,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }
}
