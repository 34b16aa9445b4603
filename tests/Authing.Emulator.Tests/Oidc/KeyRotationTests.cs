using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Oidc;

public sealed class KeyRotationTests : OidcTest
{
    [Fact]
    public async Task Rotation_signs_new_tokens_with_a_new_key_and_keeps_the_old_key_published()
    {
        var (code, verifier) = await CodeAsync();
        var before = await RedeemAsync(code, verifier);
        var oldKid = (await ValidateAsync((string)before["id_token"]!)).Kid;

        var rotation = await Client.PostAsync(new Uri("/__emulator/oidc/rotate-keys", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        var newKid = (string?)(await rotation.Content.ReadFromJsonAsync<JsonObject>())!["kid"];

        var jwks = await Client.GetFromJsonAsync<JsonObject>("/oauth/oidc/.well-known/jwks.json");
        Assert.Equal([newKid, oldKid], jwks!["keys"]!.AsArray().Select(key => (string?)key!["kid"]));
        var (nextCode, nextVerifier) = await NextCodeAsync();
        var after = await RedeemAsync(nextCode, nextVerifier);
        Assert.Equal(newKid, (await ValidateAsync((string)after["id_token"]!)).Kid);
        await ValidateAsync((string)before["id_token"]!);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/oauth/oidc/me", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)before["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Signing_keys_are_kept_with_the_data_across_restarts()
    {
        var folder = Directory.CreateTempSubdirectory("oidc-keys-").FullName;
        try
        {
            string? kid;
            using (var first = new EmulatorFactory { DataFolder = folder })
            {
                using var client = first.CreateClient();
                await client.PostAsync(new Uri("/__emulator/oidc/rotate-keys", UriKind.Relative), null);
                kid = await CurrentKidsAsync(client);
            }

            using var second = new EmulatorFactory { DataFolder = folder };
            using var restarted = second.CreateClient();
            Assert.Equal(kid, await CurrentKidsAsync(restarted));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(string Code, string Verifier)> NextCodeAsync()
    {
        var (verifier, challenge) = OidcBrowser.Pkce();
        var redirect = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(challenge));
        return (OidcBrowser.RedirectParameters(redirect)["code"], verifier);
    }

    private static async Task<string> CurrentKidsAsync(HttpClient client)
    {
        var jwks = await client.GetFromJsonAsync<JsonObject>("/oauth/oidc/.well-known/jwks.json");
        return string.Join(",", jwks!["keys"]!.AsArray().Select(key => (string?)key!["kid"]));
    }
}
