using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Authing.AspNetCore.Tests.Health;

/// <summary>The Authing health check against the emulator: healthy, and unhealthy for a slow Authing or a wrong secret.</summary>
public sealed class AuthingHealthCheckTests
{
    private const string WrongSecret = "not-the-pool-secret-4b1d";

    [Fact]
    public async Task Emulator_with_the_right_secret_is_healthy()
    {
        await using AuthingEnvironment env = await StartAsync(builder => builder.Services.AddHealthChecks().AddAuthing());

        HealthReportEntry entry = await CheckAsync(env);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(1, env.Emulator.Gate.RequestsFor("users"));
    }

    [Fact]
    public async Task Wrong_secret_is_unhealthy_and_the_description_does_not_quote_it()
    {
        await using AuthingEnvironment env = await StartAsync(builder =>
        {
            builder.Configuration["Authing:Secret"] = WrongSecret;
            builder.Services.AddHealthChecks().AddAuthing();
        });

        HealthReportEntry entry = await CheckAsync(env);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("OwnerToken", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongSecret, entry.Description, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task Authing_answering_after_the_timeout_is_unhealthy()
    {
        await using AuthingEnvironment env = await StartAsync(builder => builder.Services.AddHealthChecks().AddAuthing(timeout: TimeSpan.FromMilliseconds(300)));
        env.Emulator.Gate.Delay = TimeSpan.FromSeconds(5);

        HealthReportEntry entry = await CheckAsync(env);
        env.Emulator.Gate.Delay = TimeSpan.Zero;

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.True(entry.Duration < TimeSpan.FromSeconds(5), $"The check waited {entry.Duration} for a slow Authing.");
    }

    [Fact]
    public async Task Failure_reports_the_registered_failure_status()
    {
        await using AuthingEnvironment env = await StartAsync(builder =>
        {
            builder.Configuration["Authing:Secret"] = WrongSecret;
            builder.Services.AddHealthChecks().AddAuthing(failureStatus: HealthStatus.Degraded);
        });

        HealthReportEntry entry = await CheckAsync(env);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
    }

    [Fact]
    public async Task Client_without_secret_is_healthy_when_the_gateway_answers_the_probe()
    {
        await using AuthingEnvironment env = await StartAsync(builder =>
        {
            builder.Configuration["Authing:Secret"] = string.Empty;
            builder.Services.AddHealthChecks().AddAuthing();
        });

        HealthReportEntry entry = await CheckAsync(env);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(1, env.Emulator.Gate.RequestsFor("checkLoginStatus"));
        Assert.Equal(0, env.Emulator.Gate.RequestsFor("getClientWhenSdkInit"));
    }

    [Fact]
    public async Task Check_named_after_an_unregistered_client_is_unhealthy()
    {
        await using AuthingEnvironment env = await StartAsync(builder => builder.Services.AddHealthChecks().AddAuthing(clientName: "Missing"));

        HealthReportEntry entry = await CheckAsync(env);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("Missing", entry.Description, StringComparison.Ordinal);
    }

    private static async Task<HealthReportEntry> CheckAsync(AuthingEnvironment env)
    {
        HealthReport report = await env.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[AuthingHealthChecksBuilderExtensions.DefaultName];
    }

    private static Task<AuthingEnvironment> StartAsync(Action<WebApplicationBuilder> arrange) =>
        AuthingEnvironment.StartAsync(builder =>
        {
            arrange(builder);
            builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
        });
}
