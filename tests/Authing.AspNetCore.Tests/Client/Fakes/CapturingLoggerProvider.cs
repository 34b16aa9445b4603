using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>Keeps every formatted log line (with its exception text) for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => [.. entries];

    public string AllText => string.Join('\n', entries.Select(entry => entry.Text));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<(LogLevel Level, string Text)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}
