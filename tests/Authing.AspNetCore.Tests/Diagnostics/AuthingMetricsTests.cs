using System.Net;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Diagnostics;

/// <summary>Each instrument of the <c>Authing.AspNetCore</c> meter moves when a request against the emulator does what it counts.</summary>
public sealed class AuthingMetricsTests
{
    private const string Scheme = AuthingDefaults.AuthenticationScheme;

    [Fact]
    public async Task Accepted_token_counts_a_successful_validation_for_the_scheme()
    {
        await using AuthingEnvironment env = await StartAsync();
        using var recorder = new MeasurementRecorder(env.App.Services);
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        await GetMeAsync(env, user.Token);

        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.ValidationsInstrument, (AuthingDiagnostics.SchemeTag, Scheme), (AuthingDiagnostics.ResultTag, AuthingDiagnostics.ResultSuccess)));
    }

    [Fact]
    public async Task Token_refused_by_authing_counts_a_rejected_validation()
    {
        await using AuthingEnvironment env = await StartAsync();
        using var recorder = new MeasurementRecorder(env.App.Services);

        await GetMeAsync(env, "not-a-user-token");

        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.ValidationsInstrument, (AuthingDiagnostics.ResultTag, AuthingDiagnostics.ResultRejected)));
        Assert.Equal(0, recorder.Sum(AuthingDiagnostics.ValidationsInstrument, (AuthingDiagnostics.ResultTag, AuthingDiagnostics.ResultSuccess)));
    }

    [Fact]
    public async Task Authing_slower_than_the_timeout_counts_a_failed_validation_and_an_upstream_failure()
    {
        await using AuthingEnvironment env = await StartAsync(builder =>
        {
            builder.Configuration["Authing:Timeout"] = "00:00:00.200";
            builder.Configuration["Authing:MaxRetries"] = "0";
        });
        using var recorder = new MeasurementRecorder(env.App.Services);
        AuthingUser user = await env.Users.RegisterAndLoginAsync();
        env.Emulator.Gate.Delay = TimeSpan.FromSeconds(5);

        HttpStatusCode status = await GetMeAsync(env, user.Token);
        env.Emulator.Gate.Delay = TimeSpan.Zero;

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.ValidationsInstrument, (AuthingDiagnostics.ResultTag, AuthingDiagnostics.ResultFailed)));
        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.UpstreamFailuresInstrument, (AuthingDiagnostics.OperationTag, "checkLoginStatus")));
    }

    [Fact]
    public async Task First_request_misses_the_memory_cache_and_the_second_hits_it()
    {
        await using AuthingEnvironment env = await StartAsync();
        using var recorder = new MeasurementRecorder(env.App.Services);
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        await GetMeAsync(env, user.Token);
        double missesAfterFirst = recorder.Sum(AuthingDiagnostics.CacheMissesInstrument, (AuthingDiagnostics.LayerTag, AuthingDiagnostics.LayerMemory));
        await GetMeAsync(env, user.Token);

        Assert.Equal(1, missesAfterFirst);
        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.CacheMissesInstrument, (AuthingDiagnostics.LayerTag, AuthingDiagnostics.LayerMemory)));
        Assert.Equal(1, recorder.Sum(AuthingDiagnostics.CacheHitsInstrument, (AuthingDiagnostics.LayerTag, AuthingDiagnostics.LayerMemory)));
    }

    [Fact]
    public async Task Distributed_cache_lookups_are_counted_under_their_own_layer()
    {
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await using var emulator = new EmulatorServer();
        await using AuthingEnvironment first = await StartAsync(builder => builder.Services.AddSingleton<IDistributedCache>(shared), emulator);
        await using EmulatedApp second = await EmulatedApp.StartAsync(emulator, builder => Arrange(builder, b => b.Services.AddSingleton<IDistributedCache>(shared)), EmulatedApp.MapMe);
        using var firstRecorder = new MeasurementRecorder(first.App.Services);
        using var secondRecorder = new MeasurementRecorder(second.Services);
        AuthingUser user = await first.Users.RegisterAndLoginAsync();

        await GetMeAsync(first, user.Token);
        using HttpResponseMessage response = await second.GetAsync("/me", user.Token);

        Assert.Equal(1, firstRecorder.Sum(AuthingDiagnostics.CacheMissesInstrument, (AuthingDiagnostics.LayerTag, AuthingDiagnostics.LayerDistributed)));
        Assert.Equal(1, secondRecorder.Sum(AuthingDiagnostics.CacheHitsInstrument, (AuthingDiagnostics.LayerTag, AuthingDiagnostics.LayerDistributed)));
    }

    [Fact]
    public async Task Upstream_call_records_its_duration_tagged_with_the_operation()
    {
        await using AuthingEnvironment env = await StartAsync();
        using var recorder = new MeasurementRecorder(env.App.Services);
        AuthingUser user = await env.Users.RegisterAndLoginAsync();

        await GetMeAsync(env, user.Token);

        RecordedMeasurement duration = Assert.Single(recorder.Of(AuthingDiagnostics.UpstreamDurationInstrument, (AuthingDiagnostics.OperationTag, "checkLoginStatus")));
        Assert.InRange(duration.Value, 0, 5);
    }

    private static async Task<HttpStatusCode> GetMeAsync(AuthingEnvironment env, string? token)
    {
        using HttpResponseMessage response = await env.App.GetAsync("/me", token);
        return response.StatusCode;
    }

    private static Task<AuthingEnvironment> StartAsync(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? arrange = null, EmulatorServer? emulator = null) =>
        AuthingEnvironment.StartAsync(builder => Arrange(builder, arrange), emulator: emulator);

    private static void Arrange(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? arrange)
    {
        arrange?.Invoke(builder);
        builder.Services.AddAuthentication(Scheme).AddAuthing();
    }
}
