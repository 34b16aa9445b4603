using System.Collections.Concurrent;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Runs at most one operation per key at a time: callers arriving while it runs share its result. A caller that
/// gives up leaves the others waiting; the operation is cancelled only when every caller gave up.
/// </summary>
/// <typeparam name="T">The operation's result.</typeparam>
internal sealed class SingleFlight<T>
{
    private readonly ConcurrentDictionary<string, Flight> flights = new(StringComparer.Ordinal);

    public async Task<T> RunAsync(string key, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Flight flight = flights.GetOrAdd(key, static (k, owner) => new Flight(owner, k), this);
            Task<T>? shared = flight.Join(operation);
            if (shared is null)
            {
                Forget(key, flight);
                continue;
            }

            try
            {
                return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !shared.IsCompleted)
            {
                flight.Leave();
                throw;
            }
        }
    }

    private void Forget(string key, Flight flight) => flights.TryRemove(new KeyValuePair<string, Flight>(key, flight));

    private sealed class Flight(SingleFlight<T> owner, string key) : IDisposable
    {
        private readonly Lock gate = new();
        private readonly CancellationTokenSource cancellation = new();
        private Task<T>? running;
        private int waiters;
        private bool closed;

        public Task<T>? Join(Func<CancellationToken, Task<T>> operation)
        {
            lock (gate)
            {
                if (closed)
                {
                    return null;
                }

                waiters++;
                return running ??= Task.Run(() => RunAsync(operation));
            }
        }

        public void Leave()
        {
            lock (gate)
            {
                if (closed || --waiters > 0)
                {
                    return;
                }

                closed = true;
            }

            owner.Forget(key, this);
            cancellation.Cancel();
        }

        private async Task<T> RunAsync(Func<CancellationToken, Task<T>> operation)
        {
            try
            {
                return await operation(cancellation.Token).ConfigureAwait(false);
            }
            finally
            {
                bool abandoned;
                lock (gate)
                {
                    abandoned = closed;
                    closed = true;
                }

                owner.Forget(key, this);
                if (!abandoned)
                {
                    Dispose();
                }
            }
        }

        /// <summary>Releases the cancellation source once the operation ended without being abandoned; an abandoned flight's source stays cancelled.</summary>
        public void Dispose() => cancellation.Dispose();
    }
}
