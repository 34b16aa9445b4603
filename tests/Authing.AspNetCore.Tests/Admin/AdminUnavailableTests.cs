using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Authentication;
using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>Authing unreachable or too slow: every admin route answers 503 ProblemDetails, never a 500.</summary>
public sealed class AdminUnavailableTests
{
    [Fact]
    public async Task Every_route_is_503_once_the_emulator_has_stopped()
    {
        EmulatorHost emulator = await EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:PrintBanner"] = "false",
        });
        var logs = new CapturingLoggerProvider();
        await using WebApplication app = await StartAppAsync(emulator, logs);
        using HttpClient http = app.GetTestClient();
        AuthingClient authing = app.Services.GetRequiredService<AuthingClient>();
        string email = $"admin-{Guid.NewGuid():N}@example.com";
        await authing.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password });
        string admin = (await authing.LoginAsync(new LoginRequest { Email = email, Password = EmulatorUsers.Password })).Token!;
        using (HttpResponseMessage warm = await SendAsync(http, "GET", AdminApi.Prefix, admin))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        await emulator.DisposeAsync();

        foreach ((string method, string path) in AdminRoutes.All.Select(row => ((string)row[0], (string)row[1])))
        {
            using HttpResponseMessage response = await SendAsync(http, method, path, admin);
            AssertUnavailable(await AdminResponse.ReadAsync(response), method, path);
        }

        Assert.Contains(logs.Lines, line => line.StartsWith("Warning ", StringComparison.Ordinal) && line.Contains("[AuthingAdminAuthingUnavailable]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_route_is_503_when_authing_answers_after_the_timeout()
    {
        await using AdminApi api = await AdminApi.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Authing:Timeout"] = "00:00:00.500",
            ["Authing:MaxRetries"] = "0",
        });
        string admin = await api.AdminTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Get, AdminApi.Prefix, admin)).Status);
        api.Environment.Emulator.Gate.Delay = TimeSpan.FromSeconds(3);

        foreach ((string method, string path) in AdminRoutes.All.Select(row => ((string)row[0], (string)row[1])))
        {
            AssertUnavailable(await api.SendAsync(new HttpMethod(method), path, admin, AdminRoutes.BodyFor(method)), method, path);
        }

        api.Environment.Emulator.Gate.Delay = TimeSpan.Zero;
    }

    private static void AssertUnavailable(AdminResponse response, string method, string path)
    {
        Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, $"{method} {path} answered {(int)response.Status}: {response.Body}");
        response.Problem(HttpStatusCode.ServiceUnavailable);
    }

    private static async Task<WebApplication> StartAppAsync(EmulatorHost emulator, ILoggerProvider logs)
    {
        string root = emulator.BaseUrl.ToString().TrimEnd('/');
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authing:UserPoolId"] = emulator.UserPoolId,
            ["Authing:Secret"] = emulator.UserPoolSecret,
            ["Authing:UsersGateway"] = root + "/graphql",
            ["Authing:PasswordEncPublicKey"] = emulator.PublicKeyPem,
            ["Authing:MaxRetries"] = "0",
            ["Authing:Timeout"] = "00:00:02",
        });
        AdminApi.Arrange(builder);
        WebApplication app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string path, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        object? body = AdminRoutes.BodyFor(method);
        request.Content = body is null ? null : JsonContent.Create(body);
        return await http.SendAsync(request);
    }
}
