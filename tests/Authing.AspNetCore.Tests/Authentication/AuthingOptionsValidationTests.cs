using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingOptionsValidationTests : AuthingHandlerTestBase
{
    public static TheoryData<string, string> InvalidOptions => new()
    {
        { nameof(AuthingOptions.CacheDuration), "must not be negative" },
        { nameof(AuthingOptions.NegativeCacheDuration), "must not be negative" },
        { nameof(AuthingOptions.TokenSources), "AuthingTokenSources.FromAuthorizationHeader()" },
        { nameof(AuthingOptions.MemoryCacheSizeLimit), "must be positive" },
        { nameof(AuthingOptions.CacheKeyPrefix), "must not be empty" },
        { nameof(AuthingOptions.Realm), "double quote" },
        { nameof(AuthingOptions.ValidationMode), "use CheckLoginStatus, DecodeJwtToken or OidcAccessToken" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Invalid_option_stops_start_up_with_a_message_naming_it_and_the_fix(string property, string fix)
    {
        await using WebApplication app = AuthingTestApp.Build(Authing, Clock, options => Break(options, property));

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.StartsWith($"AuthingOptions.{property} ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(fix, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_options_start_up()
    {
        await using WebApplication app = AuthingTestApp.Build(Authing, Clock);

        await app.StartAsync();

        await app.StopAsync();
    }

    private static void Break(AuthingOptions options, string property)
    {
        switch (property)
        {
            case nameof(AuthingOptions.CacheDuration):
                options.CacheDuration = TimeSpan.FromSeconds(-1);
                break;
            case nameof(AuthingOptions.NegativeCacheDuration):
                options.NegativeCacheDuration = TimeSpan.FromSeconds(-1);
                break;
            case nameof(AuthingOptions.TokenSources):
                options.TokenSources.Clear();
                break;
            case nameof(AuthingOptions.MemoryCacheSizeLimit):
                options.MemoryCacheSizeLimit = 0;
                break;
            case nameof(AuthingOptions.CacheKeyPrefix):
                options.CacheKeyPrefix = string.Empty;
                break;
            case nameof(AuthingOptions.Realm):
                options.Realm = "say \"hi\"";
                break;
            default:
                options.ValidationMode = (AuthingValidationMode)42;
                break;
        }
    }

    [Fact]
    public async Task Introspector_registered_by_the_app_replaces_the_client_backed_default()
    {
        await using WebApplication app = AuthingTestApp.Build(Authing, Clock);

        Assert.Same(Authing, app.Services.GetRequiredService<IAuthingTokenIntrospector>());
    }
}
