using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Authing.AspNetCore.Diagnostics;

/// <summary>
/// The library's activity source and meter (created from the app's <see cref="IMeterFactory"/>), with one method per
/// thing worth counting. Tags are names and codes only: never a token, a secret or GraphQL variables.
/// </summary>
internal sealed class AuthingInstrumentation
{
    private static readonly string? Version = typeof(AuthingInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    private readonly Counter<long> validations;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> upstreamFailures;
    private readonly Histogram<double> upstreamDuration;

    public AuthingInstrumentation(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter meter = meterFactory.Create(new MeterOptions(AuthingDiagnostics.MeterName) { Version = Version });
        validations = meter.CreateCounter<long>(AuthingDiagnostics.ValidationsInstrument, "{validation}", "Tokens validated by the Authing authentication handler, by result.");
        cacheHits = meter.CreateCounter<long>(AuthingDiagnostics.CacheHitsInstrument, "{lookup}", "Token validations found in a cache layer.");
        cacheMisses = meter.CreateCounter<long>(AuthingDiagnostics.CacheMissesInstrument, "{lookup}", "Token validations not found in a cache layer.");
        upstreamFailures = meter.CreateCounter<long>(AuthingDiagnostics.UpstreamFailuresInstrument, "{call}", "Calls to Authing that got no usable answer.");
        upstreamDuration = meter.CreateHistogram<double>(
            AuthingDiagnostics.UpstreamDurationInstrument,
            "s",
            "Duration of calls to Authing, retries included.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
    }

    /// <summary>The source of the per-call activities; static, as activity sources are process-wide.</summary>
    public static ActivitySource ActivitySource { get; } = new(AuthingDiagnostics.ActivitySourceName, Version);

    /// <summary>Starts the activity of one upstream call, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartUpstreamCall(string operation)
    {
        Activity? activity = ActivitySource.StartActivity(operation, ActivityKind.Client);
        activity?.SetTag(AuthingDiagnostics.OperationTag, operation);
        return activity;
    }

    /// <summary>Marks an upstream call's activity as answered by Authing with an error code.</summary>
    public static void Rejected(Activity? activity, int? code)
    {
        if (activity is not null && code is int value)
        {
            activity.SetTag(AuthingDiagnostics.CodeTag, value);
        }
    }

    /// <summary>Marks an upstream call's activity as failed, naming the exception type only (its message may quote Authing).</summary>
    public static void Failed(Activity? activity, Exception exception)
    {
        if (activity is not null)
        {
            activity.SetTag("error.type", exception.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    public void Validated(string scheme, string result) =>
        validations.Add(1, new KeyValuePair<string, object?>(AuthingDiagnostics.SchemeTag, scheme), new KeyValuePair<string, object?>(AuthingDiagnostics.ResultTag, result));

    public void CacheHit(string layer) => cacheHits.Add(1, new KeyValuePair<string, object?>(AuthingDiagnostics.LayerTag, layer));

    public void CacheMiss(string layer) => cacheMisses.Add(1, new KeyValuePair<string, object?>(AuthingDiagnostics.LayerTag, layer));

    public void UpstreamFailed(string operation) => upstreamFailures.Add(1, new KeyValuePair<string, object?>(AuthingDiagnostics.OperationTag, operation));

    public void UpstreamCompleted(string operation, TimeSpan elapsed) =>
        upstreamDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(AuthingDiagnostics.OperationTag, operation));
}
