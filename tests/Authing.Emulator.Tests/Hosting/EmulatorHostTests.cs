using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Configuration;
using Authing.Emulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Tests.Hosting;

public sealed class EmulatorHostTests
{
    [Fact]
    public async Task Host_starts_on_a_free_loopback_port_with_the_default_pool()
    {
        await using var emulator = await EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:PrintBanner"] = "false",
        });
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        var status = await http.GetFromJsonAsync<JsonObject>("system/status");

        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        Assert.NotEqual(0, emulator.BaseUrl.Port);
        Assert.Equal(EmulatorDefaults.DefaultUserPoolId, emulator.UserPoolId);
        Assert.NotEmpty(emulator.UserPoolSecret);
        Assert.Equal(200, (int?)status!["code"]);
    }

    [Fact]
    public async Task Host_serves_the_users_gateway_over_a_real_socket()
    {
        await using var emulator = await EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:PrintBanner"] = "false",
        });
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        var answer = await http.PostAsJsonAsync("graphql", new { query = "{ checkLoginStatus { code message } }" });
        var body = await answer.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(2020, (int?)body!["data"]!["checkLoginStatus"]!["code"]);
    }

    [Fact]
    public async Task Invalid_pool_id_fails_validation_at_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EmulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Emulator:Storage"] = "InMemory",
            ["Emulator:UserPools:0:Id"] = "not-hex",
            ["Emulator:UserPools:0:Secret"] = "s",
        }));

        Assert.Contains("Emulator:UserPools:0:Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_configuration_keys()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Emulator:UserTokenLifetime"] = "2.00:00:00",
                ["Emulator:UserPools:0:Id"] = "0123456789abcdef01234567",
                ["Emulator:UserPools:0:Secret"] = "s",
            })
            .Build();
        using var services = new ServiceCollection()
            .AddAuthingEmulator(configuration)
            .BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<EmulatorOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(2), options.UserTokenLifetime);
        Assert.Equal("0123456789abcdef01234567", Assert.Single(options.UserPools).Id);
    }
}
