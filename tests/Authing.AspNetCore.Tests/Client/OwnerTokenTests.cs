using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;

namespace Authing.AspNetCore.Tests.Client;

public sealed class OwnerTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Owner_token_is_obtained_with_the_secret_and_pool_id_without_authorization()
    {
        var clock = new ManualTimeProvider(Start);
        var handler = new RecordingHandler(request => OwnerFlow(request, Start.AddHours(2)));
        using var harness = new ClientHarness(handler, timeProvider: clock);

        await harness.Client.ListUsersAsync();

        var init = handler.Requests[0];
        Assert.Equal("getClientWhenSdkInit", init.OperationName);
        Assert.Null(init.Authorization);
        Assert.Equal(ClientHarness.Secret, init.Variable("secret"));
        Assert.Equal(ClientHarness.PoolId, init.Variable("clientId"));
        Assert.Equal(TestJwt.Create(Start.AddHours(2)), handler.Requests[1].Authorization?.Parameter);
    }

    [Fact]
    public async Task Owner_token_is_reused_while_it_is_valid()
    {
        var clock = new ManualTimeProvider(Start);
        var handler = new RecordingHandler(request => OwnerFlow(request, Start.AddHours(2)));
        using var harness = new ClientHarness(handler, timeProvider: clock);

        await harness.Client.ListUsersAsync();
        clock.Advance(TimeSpan.FromHours(1));
        await harness.Client.ListUsersAsync();

        Assert.Equal(1, handler.Count("getClientWhenSdkInit"));
    }

    [Fact]
    public async Task Owner_token_is_renewed_shortly_before_it_expires()
    {
        var clock = new ManualTimeProvider(Start);
        var handler = new RecordingHandler(request => OwnerFlow(request, clock.GetUtcNow().AddHours(2)));
        using var harness = new ClientHarness(handler, timeProvider: clock);

        await harness.Client.ListUsersAsync();
        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(4));
        await harness.Client.ListUsersAsync();

        Assert.Equal(2, handler.Count("getClientWhenSdkInit"));
        Assert.Equal(TestJwt.Create(clock.GetUtcNow().AddHours(2)), handler.Requests[^1].Authorization?.Parameter);
    }

    [Fact]
    public async Task Twenty_concurrent_callers_share_one_renewal()
    {
        var (handler, initArrived, gate) = HeldOwnerTokenRequest();
        using var harness = new ClientHarness(handler);
        var client = harness.Client;

        var calls = Enumerable.Range(0, 20).Select(_ => client.ListUsersAsync()).ToArray();
        await initArrived.Task;
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, handler.Count("getClientWhenSdkInit"));
        Assert.Equal(20, handler.Count("users"));
    }

    [Fact]
    public async Task Cancelling_the_first_caller_does_not_fail_the_second()
    {
        var (handler, initArrived, gate) = HeldOwnerTokenRequest();
        using var harness = new ClientHarness(handler);
        using var firstCancellation = new CancellationTokenSource();

        var first = harness.Client.ListUsersAsync(cancellationToken: firstCancellation.Token);
        await initArrived.Task;
        var second = harness.Client.ListUsersAsync();
        await firstCancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        gate.SetResult();

        Assert.Equal(1, (await second).TotalCount);
        Assert.Equal(1, handler.Count("getClientWhenSdkInit"));
    }

    [Fact]
    public async Task Failed_renewal_is_not_cached()
    {
        var failures = 1;
        var handler = new RecordingHandler(request =>
            request.OperationName == "getClientWhenSdkInit" && Interlocked.Decrement(ref failures) >= 0
                ? Responses.BusinessError(2004, "用户不存在")
                : OwnerFlow(request, DateTimeOffset.UtcNow.AddHours(2)));
        using var harness = new ClientHarness(handler);

        await Assert.ThrowsAsync<AuthingException>(() => harness.Client.ListUsersAsync());
        var page = await harness.Client.ListUsersAsync();

        Assert.Equal(1, page.TotalCount);
        Assert.Equal(2, handler.Count("getClientWhenSdkInit"));
    }

    [Fact]
    public async Task Owner_operation_without_secret_or_owner_token_fails_with_a_clear_message()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.Secret = null);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.ListUsersAsync());

        Assert.Contains("AuthingClientOptions.Secret", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OwnerToken", exception.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Operation_without_owner_token_works_without_secret()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.Secret = null);

        await harness.Client.LoginAsync(new LoginRequest { Email = "x@y.z", Password = "p" });

        Assert.Equal("login", handler.Only().OperationName);
    }

    [Fact]
    public async Task Configured_owner_token_is_used_without_asking_for_one()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(handler, options => options.OwnerToken = "admin-token");

        await harness.Client.RefreshTokenAsync("5a584dcd32e6510001a8f144");

        var request = handler.Only();
        Assert.Equal("RefreshToken", request.OperationName);
        Assert.Equal("admin-token", request.Authorization?.Parameter);
    }

    /// <summary>A handler that holds the owner-token request until the test completes <c>gate</c>.</summary>
    private static (RecordingHandler Handler, TaskCompletionSource InitArrived, TaskCompletionSource Gate) HeldOwnerTokenRequest()
    {
        var gate = new TaskCompletionSource();
        var initArrived = new TaskCompletionSource();
        var handler = new RecordingHandler(async (request, _) =>
        {
            if (request.OperationName == "getClientWhenSdkInit")
            {
                initArrived.TrySetResult();
                await gate.Task;
            }

            return OwnerFlow(request, DateTimeOffset.UtcNow.AddHours(2));
        });
        return (handler, initArrived, gate);
    }

    private static HttpResponseMessage OwnerFlow(RecordedRequest request, DateTimeOffset ownerTokenExpiry) =>
        request.OperationName == "getClientWhenSdkInit" ? Responses.SdkInit(TestJwt.Create(ownerTokenExpiry)) : Responses.ForOperation(request);
}
