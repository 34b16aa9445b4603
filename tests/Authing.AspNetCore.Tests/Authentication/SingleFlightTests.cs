using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class SingleFlightTests
{
    private readonly SingleFlight<int> flights = new();
    private readonly TaskCompletionSource<int> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int started;
    private CancellationToken operationCancellation;

    [Fact]
    public async Task Callers_of_one_key_share_one_operation()
    {
        Task<int> first = flights.RunAsync("k", OperationAsync, CancellationToken.None);
        Task<int> second = flights.RunAsync("k", OperationAsync, CancellationToken.None);
        answer.SetResult(7);

        int[] results = await Task.WhenAll(first, second);

        Assert.Equal([7, 7], results);
        Assert.Equal(1, started);
    }

    [Fact]
    public async Task Caller_giving_up_leaves_the_operation_running_for_the_others()
    {
        using var firstCancellation = new CancellationTokenSource();
        Task<int> first = flights.RunAsync("k", OperationAsync, firstCancellation.Token);
        Task<int> second = flights.RunAsync("k", OperationAsync, CancellationToken.None);

        await firstCancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        answer.SetResult(7);

        Assert.Equal(7, await second);
        Assert.False(operationCancellation.IsCancellationRequested);
        Assert.Equal(1, started);
    }

    [Fact]
    public async Task Operation_is_cancelled_when_every_caller_gave_up()
    {
        using var cancellation = new CancellationTokenSource();
        Task<int> only = flights.RunAsync("k", OperationAsync, cancellation.Token);
        await WaitUntilStartedAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => only);
        Assert.True(operationCancellation.IsCancellationRequested);
    }

    [Fact]
    public async Task Key_runs_again_after_its_operation_ended()
    {
        answer.SetResult(7);
        await flights.RunAsync("k", OperationAsync, CancellationToken.None);

        await flights.RunAsync("k", OperationAsync, CancellationToken.None);

        Assert.Equal(2, started);
    }

    private Task<int> OperationAsync(CancellationToken cancellationToken)
    {
        operationCancellation = cancellationToken;
        Interlocked.Increment(ref started);
        return answer.Task.WaitAsync(cancellationToken);
    }

    private async Task WaitUntilStartedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Volatile.Read(ref started) == 0)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
