namespace Authing.AspNetCore.Diagnostics;

/// <summary>
/// Names of the library's telemetry: the <see cref="System.Diagnostics.ActivitySource"/> and the
/// <see cref="System.Diagnostics.Metrics.Meter"/> (both <see cref="ActivitySourceName"/>), their instruments and tags.
/// Subscribe with OpenTelemetry's <c>AddSource(AuthingDiagnostics.ActivitySourceName)</c> and
/// <c>AddMeter(AuthingDiagnostics.MeterName)</c>. No instrument, tag or activity carries a token, a secret or GraphQL variables.
/// </summary>
public static class AuthingDiagnostics
{
    /// <summary>The name of the activity source: one activity per upstream call to Authing.</summary>
    public const string ActivitySourceName = "Authing.AspNetCore";

    /// <summary>The name of the meter.</summary>
    public const string MeterName = "Authing.AspNetCore";

    /// <summary>Counter of token validations by the authentication handler, tagged <see cref="SchemeTag"/> and <see cref="ResultTag"/>.</summary>
    public const string ValidationsInstrument = "authing.token.validations";

    /// <summary>Counter of cache lookups that found a validation, tagged <see cref="LayerTag"/>.</summary>
    public const string CacheHitsInstrument = "authing.token.cache.hits";

    /// <summary>Counter of cache lookups that found nothing usable, tagged <see cref="LayerTag"/>.</summary>
    public const string CacheMissesInstrument = "authing.token.cache.misses";

    /// <summary>Counter of upstream calls that got no usable answer (unreachable, timeout, HTTP error, not JSON), tagged <see cref="OperationTag"/>.</summary>
    public const string UpstreamFailuresInstrument = "authing.upstream.failures";

    /// <summary>Histogram of the duration of upstream calls in seconds, retries included, tagged <see cref="OperationTag"/>.</summary>
    public const string UpstreamDurationInstrument = "authing.upstream.duration";

    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeTag = "authing.scheme";

    /// <summary>The outcome of a validation: <see cref="ResultSuccess"/>, <see cref="ResultRejected"/> or <see cref="ResultFailed"/>.</summary>
    public const string ResultTag = "authing.result";

    /// <summary>The cache layer: <see cref="LayerMemory"/> or <see cref="LayerDistributed"/>.</summary>
    public const string LayerTag = "authing.cache.layer";

    /// <summary>The GraphQL operation name (or REST operation) of an upstream call.</summary>
    public const string OperationTag = "authing.operation";

    /// <summary>The Authing error code of an upstream call that Authing answered with an error.</summary>
    public const string CodeTag = "authing.code";

    /// <summary>Authing accepted the token.</summary>
    public const string ResultSuccess = "success";

    /// <summary>Authing rejected the token (bad, expired, logged out).</summary>
    public const string ResultRejected = "rejected";

    /// <summary>Authing could not be asked; the request failed closed.</summary>
    public const string ResultFailed = "failed";

    /// <summary>The per-scheme in-memory cache.</summary>
    public const string LayerMemory = "memory";

    /// <summary>The app's <c>IDistributedCache</c>.</summary>
    public const string LayerDistributed = "distributed";
}
