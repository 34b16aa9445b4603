using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>How <c>AddAuthingOidc()</c> reads the <c>Authing</c> section and checks its options at start-up.</summary>
public sealed class AuthingOidcOptionsTests
{
    [Fact]
    public void Options_are_bound_from_the_oidc_keys_of_the_authing_section()
    {
        using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["Authing:RestBase"] = "https://core.example.com/",
            ["Authing:Oidc:ClientId"] = "client",
            ["Authing:Oidc:ClientSecret"] = "secret",
            ["Authing:Oidc:CallbackPath"] = "/signin-custom",
            ["Authing:Oidc:Scope"] = "openid email",
            ["Authing:Oidc:RefreshBeforeExpiry"] = "00:05:00",
        });

        AuthingOidcOptions options = services.GetRequiredService<IOptionsMonitor<AuthingOidcOptions>>().Get(AuthingOidcDefaults.AuthenticationScheme);

        Assert.Equal(new Uri("https://core.example.com/oauth/oidc"), options.Authority);
        Assert.Equal(new Uri("https://core.example.com/oauth/oidc/.well-known/openid-configuration"), options.MetadataAddress);
        Assert.Equal("client", options.ClientId);
        Assert.Equal("/signin-custom", options.CallbackPath.Value);
        Assert.Equal(["openid", "email"], options.Scope);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RefreshBeforeExpiry);
        Assert.True(options.UsePkce);
        Assert.True(options.SaveTokens);
        Assert.NotNull(options.ConfigurationManager);
    }

    [Fact]
    public void Explicit_authority_wins_over_the_rest_base()
    {
        using ServiceProvider services = Build(new Dictionary<string, string?>
        {
            ["Authing:RestBase"] = "https://core.example.com/",
            ["Authing:Oidc:Authority"] = "https://my-app.authing.cn/oauth/oidc",
            ["Authing:Oidc:ClientId"] = "client",
            ["Authing:Oidc:ClientSecret"] = "secret",
        });

        AuthingOidcOptions options = services.GetRequiredService<IOptionsMonitor<AuthingOidcOptions>>().Get(AuthingOidcDefaults.AuthenticationScheme);

        Assert.Equal(new Uri("https://my-app.authing.cn/oauth/oidc"), options.Authority);
    }

    [Theory]
    [InlineData(null, "secret", "https://core.example.com/", "ClientId")]
    [InlineData("client", null, "https://core.example.com/", "ClientSecret")]
    [InlineData("client", "secret", null, "Authority")]
    [InlineData("client", "secret", "http://127.0.0.1:5099/", "RequireHttpsMetadata")]
    public async Task Missing_or_unsafe_settings_stop_start_up_naming_the_key(string? clientId, string? secret, string? restBase, string property)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authing:RestBase"] = restBase,
            ["Authing:Oidc:ClientId"] = clientId,
            ["Authing:Oidc:ClientSecret"] = secret,
        });
        builder.Services.AddAuthentication().AddAuthingOidc();
        await using WebApplication app = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains($"AuthingOidcOptions.{property}", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAuthentication().AddAuthingOidc();
        return services.BuildServiceProvider();
    }
}
