extern alias webapi;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using webapi::Authing.Samples.WebApi.Demo;

namespace Authing.Samples.Tests.WebApi;

/// <summary>The Web API sample over HTTP, on its embedded emulator.</summary>
public sealed class WebApiSampleTests
{
    [Fact]
    public async Task Me_with_a_token_from_the_embedded_emulator_returns_the_callers_claims()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();
        AuthingClient authing = factory.Services.GetRequiredService<AuthingClient>();
        string email = $"sample-{Guid.NewGuid():N}@example.com";
        await authing.RegisterAsync(new RegisterRequest { Email = email, Password = "Sample-Pa55word" });
        AuthingUser user = await authing.LoginAsync(new LoginRequest { Email = email, Password = "Sample-Pa55word" });

        using HttpResponseMessage response = await SendAsync(http, "/me", user.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(user.Id, body.RootElement.GetProperty("name").GetString());
        Dictionary<string, string?> claims = body.RootElement.GetProperty("claims").EnumerateArray()
            .ToDictionary(claim => claim.GetProperty("type").GetString()!, claim => claim.GetProperty("value").GetString());
        Assert.Equal(user.Id, claims["sub"]);
        Assert.Equal(email, claims["email"]);
        Assert.Equal(factory.Services.GetRequiredService<EmbeddedEmulator>().UserPoolId, claims["client_id"]);
    }

    [Fact]
    public async Task Me_without_a_token_is_401_with_a_bearer_challenge()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();

        using HttpResponseMessage response = await SendAsync(http, "/me", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Health_is_200_for_an_anonymous_caller()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();

        using HttpResponseMessage response = await SendAsync(http, "/health", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Demo_users_token_is_accepted_by_me()
    {
        await using var factory = new WebApiFactory();
        using HttpClient http = factory.CreateClient();
        string token = await factory.Services.GetRequiredService<DemoAccount>().Token;

        using HttpResponseMessage response = await SendAsync(http, "/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoAccount.Email, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embedded_emulator_settings_are_written_into_the_authing_section()
    {
        await using var factory = new WebApiFactory();
        IConfiguration configuration = factory.Services.GetRequiredService<IConfiguration>();
        EmbeddedEmulator emulator = factory.Services.GetRequiredService<EmbeddedEmulator>();

        Assert.Equal(emulator.UserPoolId, configuration["Authing:UserPoolId"]);
        Assert.Equal(emulator.UsersGateway.ToString(), configuration["Authing:UsersGateway"]);
        Assert.Equal(emulator.OAuthGateway.ToString(), configuration["Authing:OAuthGateway"]);
        Assert.Equal(emulator.BaseUrl.ToString(), configuration["Authing:RestBase"]);
        Assert.False(string.IsNullOrEmpty(configuration["Authing:Secret"]));
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", configuration["Authing:PasswordEncPublicKey"], StringComparison.Ordinal);
        Assert.Null(emulator.DataFolder);
    }

    [Fact]
    public async Task Embedded_emulator_stops_with_the_app()
    {
        Uri gateway;
        await using (var factory = new WebApiFactory())
        {
            gateway = factory.Services.GetRequiredService<EmbeddedEmulator>().UsersGateway;
        }

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsJsonAsync(gateway, new { query = "{ __typename }" }));
    }

    [Fact]
    public async Task App_with_a_configured_user_pool_starts_no_emulator()
    {
        await using var factory = new WebApiFactory();
        factory.Settings["Authing:UserPoolId"] = "5f1e2d3c4b5a697887960a1b";
        factory.Settings["Authing:Secret"] = "configured-pool-secret";

        Assert.Null(factory.Services.GetService<EmbeddedEmulator>());
        Assert.Null(factory.Services.GetService<DemoAccount>());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
