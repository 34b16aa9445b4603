using Authing.Emulator.Configuration;
using Authing.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Authing.Emulator.Tests.Hosting;

/// <summary>The OIDC settings an app on the embedded emulator receives, for <c>AddAuthingOidc()</c> to sign in through the demo app.</summary>
public sealed class EmbeddedEmulatorOidcSettingsTests
{
    [Fact]
    public async Task App_on_the_embedded_emulator_is_configured_for_the_demo_oidc_app()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Configuration["Emulator:Storage"] = "InMemory";

        await using EmbeddedEmulator? emulator = await builder.AddAuthingEmulatorWhenUnconfiguredAsync();

        Assert.NotNull(emulator);
        Assert.Equal(EmulatorDefaults.DemoOidcClientId, builder.Configuration["Authing:Oidc:ClientId"]);
        Assert.Equal(EmulatorDefaults.DemoOidcClientSecret, builder.Configuration["Authing:Oidc:ClientSecret"]);
        Assert.Equal(bool.FalseString, builder.Configuration["Authing:Oidc:RequireHttpsMetadata"]);
    }
}
