using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Authing.AspNetCore.Client;

/// <summary>
/// Applies the per-attempt timeout (which covers reading the body) to every Authing request and, for requests marked
/// <see cref="AuthingRequestOptions.Idempotent"/>, retries transient failures (network errors, 408, 429, 5xx)
/// with exponential back-off.
/// </summary>
internal sealed class AuthingResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> idempotent;
    private readonly ResiliencePipeline<HttpResponseMessage> single;

    public AuthingResilienceHandler(AuthingClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        single = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(options.Timeout)
            .Build();
        var retrying = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            retrying.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
                OnRetry = arguments =>
                {
                    AuthingClientLog.RetryingRequest(
                        logger,
                        arguments.Context.Properties.GetValue(OperationNameKey, "unknown"),
                        arguments.AttemptNumber + 1,
                        (long)arguments.RetryDelay.TotalMilliseconds,
                        Describe(arguments.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        idempotent = retrying.AddTimeout(options.Timeout).Build();
    }

    private static ResiliencePropertyKey<string> OperationNameKey { get; } = new("Authing.OperationName");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pipeline = request.Options.TryGetValue(AuthingRequestOptions.Idempotent, out var isIdempotent) && isIdempotent ? idempotent : single;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(OperationNameKey, request.Options.TryGetValue(AuthingRequestOptions.OperationName, out var name) ? name : request.RequestUri?.AbsolutePath ?? "unknown");
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (attemptContext, state) =>
                {
                    try
                    {
                        var response = await state.Handler.SendCoreAsync(state.Request, attemptContext.CancellationToken).ConfigureAwait(false);
                        await response.Content.LoadIntoBufferAsync(attemptContext.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
                    {
                        return Outcome.FromException<HttpResponseMessage>(exception);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
