using Spectre.Console;

namespace IntegrationHub.Cli.Bench;

/// <summary>Progress as Spectre.Console bars (stdout is a terminal): one bar per step.</summary>
internal sealed class SpectreProgress(ProgressContext context) : IBenchProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public static Task<T> RunAsync<T>(Func<IBenchProgress, Task<T>> run) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => run(new SpectreProgress(context)));

    public void Report(string step, double value, double total)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(step, out var task))
            {
                task = _tasks[step] = context.AddTask(Markup.Escape(step), maxValue: Math.Max(total, 1));
            }

            task.MaxValue = Math.Max(total, 1);
            task.Value = Math.Min(value, task.MaxValue);
        }
    }
}
