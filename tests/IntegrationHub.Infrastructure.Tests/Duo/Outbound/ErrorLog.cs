using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>Collects the errors logged (a failed dispatcher pass is logged, not thrown), so a test can show them.</summary>
public sealed class ErrorLog : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error)
        {
            _errors.Enqueue($"{formatter(state, exception)} {exception}");
        }
    }

    public void Dispose()
    {
    }
}
