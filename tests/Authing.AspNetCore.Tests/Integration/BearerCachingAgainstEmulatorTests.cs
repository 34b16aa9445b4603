using System.Net;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Integration;

/// <summary>How long the handler trusts a validation, with the emulator and the app on one fake clock.</summary>
public sealed class BearerCachingAgainstEmulatorTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Cached_validation_ends_at_the_tokens_exp_and_the_expired_token_is_then_refused()
    {
        await using AuthingEnvironment env = await StartAsync(TimeSpan.FromMinutes(2), cacheDuration: TimeSpan.FromHours(1));
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(env, user.Token));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(env, user.Token));
        int callsWhileCached = env.Emulator.Gate.RequestsFor("checkLoginStatus");
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(env, user.Token));
        Assert.Equal(1, callsWhileCached);
        Assert.Equal(2, env.Emulator.Gate.RequestsFor("checkLoginStatus"));
    }

    [Fact]
    public async Task User_logged_out_elsewhere_loses_access_once_the_cache_lifetime_passes()
    {
        await using AuthingEnvironment env = await StartAsync(tokenLifetime: null, cacheDuration: TimeSpan.FromSeconds(60));
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(env, user.Token));

        await env.Users.Client.LogoutAsync(user.Id);
        HttpStatusCode withinLifetime = await StatusAsync(env, user.Token);
        clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.OK, withinLifetime);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(env, user.Token));
    }

    [Fact]
    public async Task Two_app_instances_sharing_a_distributed_cache_make_one_upstream_call_between_them()
    {
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await using var emulator = new EmulatorServer();
        await using AuthingEnvironment first = await StartAsync(emulator, shared);
        await using EmulatedApp second = await EmulatedApp.StartAsync(emulator, builder => Arrange(builder, shared), EmulatedApp.MapMe);
        AuthingUser user = await first.Users.RegisterAndLoginAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(first, user.Token));
        using HttpResponseMessage response = await second.GetAsync("/me", user.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, emulator.Gate.RequestsFor("checkLoginStatus"));
    }

    private static async Task<HttpStatusCode> StatusAsync(AuthingEnvironment env, string? token)
    {
        using HttpResponseMessage response = await env.App.GetAsync("/me", token);
        return response.StatusCode;
    }

    private Task<AuthingEnvironment> StartAsync(TimeSpan? tokenLifetime, TimeSpan cacheDuration) =>
        AuthingEnvironment.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing(options => options.CacheDuration = cacheDuration);
            },
            emulator: new EmulatorServer { Clock = clock, UserTokenLifetime = tokenLifetime });

    private static Task<AuthingEnvironment> StartAsync(EmulatorServer emulator, IDistributedCache shared) =>
        AuthingEnvironment.StartAsync(builder => Arrange(builder, shared), emulator: emulator);

    private static void Arrange(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder, IDistributedCache shared)
    {
        builder.Services.AddSingleton(shared);
        builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
    }
}
