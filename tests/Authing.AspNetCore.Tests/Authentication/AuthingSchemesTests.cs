using System.Net;
using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingSchemesTests : AuthingHandlerTestBase
{
    private const string PoolB = "AuthingPoolB";

    [Fact]
    public async Task Two_schemes_keep_separate_caches_for_one_token()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(
            arrange: builder => builder.Services.AddAuthentication().AddAuthing(PoolB, _ => { }),
            map: web => web.MapGet("/pool-b", AuthingTestApp.EchoAsync)
                .RequireAuthorization(policy => policy.AddAuthenticationSchemes(PoolB).RequireAuthenticatedUser()));

        await app.GetUserAsync(AliceToken);
        using HttpResponseMessage poolB = await app.GetWithTokenAsync("/pool-b", AliceToken);

        Assert.Equal(HttpStatusCode.OK, poolB.StatusCode);
        Assert.Equal([AuthingDefaults.AuthenticationScheme, PoolB], Authing.Requests.Select(request => request.Scheme));
    }

    [Fact]
    public async Task Each_scheme_has_its_own_options()
    {
        await using AuthingTestApp app = await StartAsync(
            configure: options => options.CacheDuration = TimeSpan.FromMinutes(2),
            arrange: builder => builder.Services.AddAuthentication().AddAuthing(PoolB, options => options.ValidationMode = AuthingValidationMode.DecodeJwtToken));
        var monitor = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AuthingOptions>>();

        AuthingOptions defaultScheme = monitor.Get(AuthingDefaults.AuthenticationScheme);
        AuthingOptions poolB = monitor.Get(PoolB);

        Assert.Equal((TimeSpan.FromMinutes(2), AuthingValidationMode.CheckLoginStatus), (defaultScheme.CacheDuration, defaultScheme.ValidationMode));
        Assert.Equal((TimeSpan.FromSeconds(60), AuthingValidationMode.DecodeJwtToken), (poolB.CacheDuration, poolB.ValidationMode));
    }

    [Fact]
    public async Task AddAuthing_without_arguments_registers_the_default_scheme()
    {
        var services = new ServiceCollection();
        services.AddAuthentication().AddAuthing();
        await using ServiceProvider provider = services.BuildServiceProvider();

        AuthenticationScheme? scheme = await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(AuthingDefaults.AuthenticationScheme);

        Assert.Equal(nameof(AuthingHandler), scheme?.HandlerType.Name);
    }
}
