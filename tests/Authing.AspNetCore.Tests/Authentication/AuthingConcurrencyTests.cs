using System.Net;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingConcurrencyTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Concurrent_requests_with_one_token_cause_one_call_to_authing()
    {
        AcceptAlice();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Authing.Hold = release.Task;
        int received = 0;
        await using AuthingTestApp app = await StartAsync(options =>
            options.Events.OnMessageReceived = _ =>
            {
                Interlocked.Increment(ref received);
                return Task.CompletedTask;
            });

        Task<HttpResponseMessage>[] requests = [.. Enumerable.Range(0, 20).Select(_ => app.GetWithTokenAsync("/me", AliceToken))];
        await WaitUntilAsync(() => Volatile.Read(ref received) == 20 && Authing.Calls == 1);
        release.SetResult();
        HttpResponseMessage[] responses = await Task.WhenAll(requests);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, Authing.Calls);
        foreach (HttpResponseMessage response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Cancelled_first_caller_does_not_fail_the_second()
    {
        AcceptAlice();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Authing.Hold = release.Task;
        await using AuthingTestApp app = await StartAsync();
        using var firstCancellation = new CancellationTokenSource();

        Task<HttpResponseMessage> first = app.GetWithTokenAsync("/me", AliceToken, firstCancellation.Token);
        await WaitUntilAsync(() => Authing.Calls == 1);
        Task<HttpResponseMessage> second = app.GetWithTokenAsync("/me", AliceToken);
        await firstCancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();

        using HttpResponseMessage response = await second;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
