extern alias webapi;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using webapi::Authing.Samples.WebApi.Demo;

namespace Authing.Samples.Tests.WebApi;

/// <summary>The Web API sample's admin API (policy: e-mails in <c>Admin:Emails</c>, plus the demo administrator) and its OpenAPI document.</summary>
public sealed class WebApiAdminTests
{
    private const string Users = "/api/authing/users";

    [Fact]
    public async Task Demo_administrator_lists_the_users_of_the_embedded_emulator()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();
        string admin = await factory.Services.GetRequiredService<DemoAccount>().AdminToken;

        using HttpResponseMessage response = await SendAsync(http, Users + "?page=1&count=100", admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string?[] emails = [.. body.RootElement.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("email").GetString())];
        Assert.Contains(DemoAccount.Email, emails);
        Assert.Contains(DemoAccount.AdminEmail, emails);
    }

    [Fact]
    public async Task Demo_user_who_is_not_listed_is_403()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();
        string user = await factory.Services.GetRequiredService<DemoAccount>().Token;

        using HttpResponseMessage response = await SendAsync(http, Users, user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task User_listed_in_admin_emails_is_an_administrator()
    {
        await using var factory = new WebApiFactory();
        factory.Settings["Admin:Emails:0"] = DemoAccount.Email;
        using HttpClient http = factory.CreateClient();
        string user = await factory.Services.GetRequiredService<DemoAccount>().Token;

        using HttpResponseMessage response = await SendAsync(http, Users + "/exists?email=" + Uri.EscapeDataString(DemoAccount.AdminEmail), user);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"exists\":true", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_caller_is_401()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();

        using HttpResponseMessage response = await SendAsync(http, Users, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Openapi_document_lists_every_admin_route()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();

        using HttpResponseMessage response = await SendAsync(http, "/openapi/v1.json", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement paths = document.RootElement.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            (Users, "get"), (Users, "post"), (Users, "delete"),
            (Users + "/{id}", "get"), (Users + "/{id}", "patch"), (Users + "/{id}", "delete"),
            (Users + "/by-ids", "get"), (Users + "/exists", "get"),
            (Users + "/{id}/token", "post"), (Users + "/{id}/logout", "post"),
        ];
        foreach ((string path, string method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out JsonElement item), $"The document has no path {path}.");
            Assert.True(item.TryGetProperty(method, out JsonElement operation), $"The document has no {method} {path}.");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out JsonElement unauthorized), $"{method} {path} does not document 401.");
            Assert.False(unauthorized.TryGetProperty("content", out _), $"{method} {path} documents a body for 401, which has none.");
        }

        Assert.True(paths.GetProperty(Users).GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.DoesNotContain("ownerToken", document.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
