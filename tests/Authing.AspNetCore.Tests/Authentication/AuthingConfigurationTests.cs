using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingConfigurationTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Default_scheme_reads_the_Authing_section()
    {
        await using AuthingTestApp app = await StartAsync(arrange: builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authing:ValidationMode"] = "DecodeJwtToken",
            ["Authing:CacheDuration"] = "00:02:00",
            ["Authing:IncludeErrorDetails"] = "false",
        }));

        AuthingOptions options = OptionsOf(app, AuthingDefaults.AuthenticationScheme);

        Assert.Equal(AuthingValidationMode.DecodeJwtToken, options.ValidationMode);
        Assert.Equal(TimeSpan.FromMinutes(2), options.CacheDuration);
        Assert.False(options.IncludeErrorDetails);
    }

    [Fact]
    public async Task Named_scheme_reads_its_Authentication_Schemes_section()
    {
        await using AuthingTestApp app = await StartAsync(arrange: builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Authentication:Schemes:PoolB:NegativeCacheDuration"] = "00:00:30",
                ["Authentication:Schemes:PoolB:Realm"] = "pool-b",
                ["Authing:Realm"] = "default-pool",
            });
            builder.Services.AddAuthentication().AddAuthing("PoolB", _ => { });
        });

        AuthingOptions options = OptionsOf(app, "PoolB");

        Assert.Equal(TimeSpan.FromSeconds(30), options.NegativeCacheDuration);
        Assert.Equal("pool-b", options.Realm);
    }

    [Fact]
    public async Task Configure_delegate_wins_over_configuration()
    {
        await using AuthingTestApp app = await StartAsync(
            configure: options => options.SaveToken = false,
            arrange: builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Authing:SaveToken"] = "true" }));

        Assert.False(OptionsOf(app, AuthingDefaults.AuthenticationScheme).SaveToken);
    }

    [Fact]
    public async Task Scheme_added_with_a_section_reads_that_section()
    {
        IConfiguration section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tenants:Acme:CacheKeyPrefix"] = "acme:" })
            .Build()
            .GetSection("Tenants:Acme");
        await using AuthingTestApp app = await StartAsync(arrange: builder => builder.Services.AddAuthentication().AddAuthing("Acme", section));

        Assert.Equal("acme:", OptionsOf(app, "Acme").CacheKeyPrefix);
    }

    [Fact]
    public async Task Unreadable_configuration_value_names_the_key()
    {
        await using WebApplication app = AuthingTestApp.Build(Authing, Clock, arrange: builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Authing:CacheDuration"] = "a minute" }));

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("'Authing:CacheDuration'", failure.Message, StringComparison.Ordinal);
    }

    private static AuthingOptions OptionsOf(AuthingTestApp app, string scheme) =>
        app.Services.GetRequiredService<IOptionsMonitor<AuthingOptions>>().Get(scheme);
}
