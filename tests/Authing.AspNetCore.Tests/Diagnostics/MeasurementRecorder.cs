using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Diagnostics;

/// <summary>
/// Records what the Authing meter of one app reports: only the meter created from that app's
/// <see cref="IMeterFactory"/>, so tests running in parallel do not see each other's measurements.
/// </summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> measurements = new();

    public MeasurementRecorder(IServiceProvider services)
    {
        IMeterFactory factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, subscriber) =>
        {
            if (instrument.Meter.Name == AuthingDiagnostics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                subscriber.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>The measurements of <paramref name="instrument"/> whose tags include every pair of <paramref name="tags"/>.</summary>
    public IReadOnlyList<RecordedMeasurement> Of(string instrument, params (string Key, object Value)[] tags) =>
        [.. measurements.Where(m => m.Instrument == instrument && tags.All(tag => m.Tags.TryGetValue(tag.Key, out object? value) && Equals(value, tag.Value)))];

    /// <summary>The sum of the values of <paramref name="instrument"/> with the given tags.</summary>
    public double Sum(string instrument, params (string Key, object Value)[] tags) => Of(instrument, tags).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal)));
}

/// <summary>One measurement: instrument, value, tags.</summary>
internal sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
