using System.Diagnostics;
using System.Net;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.Emulator.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Integration;

/// <summary>An unreachable or slow Authing leaves the request unauthenticated: 401, never 500, never signed in.</summary>
public sealed class BearerFailClosedAgainstEmulatorTests
{
    [Fact]
    public async Task Emulator_delaying_past_the_timeout_gives_401_within_the_timeout()
    {
        await using AuthingEnvironment env = await AuthingEnvironment.StartAsync(builder =>
        {
            builder.Configuration["Authing:Timeout"] = "00:00:00.300";
            builder.Configuration["Authing:MaxRetries"] = "0";
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        });
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        env.Emulator.Gate.Delay = TimeSpan.FromSeconds(10);

        var elapsed = Stopwatch.StartNew();
        using HttpResponseMessage response = await env.App.GetAsync("/me", user.Token);
        elapsed.Stop();
        env.Emulator.Gate.Delay = TimeSpan.Zero;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"The request waited {elapsed.Elapsed} for a slow Authing.");
    }

    [Fact]
    public async Task Stopped_emulator_gives_401_and_a_later_request_is_validated_again()
    {
        EmulatorHost emulator = await EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:PrintBanner"] = "false",
        });
        string root = emulator.BaseUrl.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string?>
        {
            ["Authing:UserPoolId"] = emulator.UserPoolId,
            ["Authing:Secret"] = emulator.UserPoolSecret,
            ["Authing:UsersGateway"] = root + "/graphql",
            ["Authing:PasswordEncPublicKey"] = emulator.PublicKeyPem,
            ["Authing:MaxRetries"] = "0",
        };
        await using var app = await StandaloneApp.StartAsync(settings);
        AuthingClient client = app.Services.GetRequiredService<AuthingClient>();
        string email = $"stopped-{Guid.NewGuid():N}@example.com";
        await client.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password });
        AuthingUser user = await client.LoginAsync(new LoginRequest { Email = email, Password = EmulatorUsers.Password });

        await emulator.DisposeAsync();
        using HttpResponseMessage response = await app.GetAsync("/me", user.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
