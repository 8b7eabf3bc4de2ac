namespace IntegrationHub.Cli.Bench;

/// <summary>Runs <c>hub bench</c> with Spectre progress on a terminal, plain lines otherwise, and writes the results folder.</summary>
internal static class BenchRun
{
    public static async Task<int> ExecuteAsync(BenchOptions options, string command, CancellationToken cancellationToken)
    {
        var configuration = HubServices.Configuration;
        var result = Console.IsOutputRedirected || options.Soak
            ? await new BenchRunner(configuration, new PlainProgress(Console.Out, TimeProvider.System), Console.Out).RunAsync(options, command, cancellationToken)
            : await SpectreProgress.RunAsync(progress => new BenchRunner(configuration, progress, TextWriter.Null).RunAsync(options, command, cancellationToken));

        options.Output.Create();
        var markdown = BenchReport.Markdown(result);
        await File.WriteAllTextAsync(Path.Combine(options.Output.FullName, "results.md"), markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.Output.FullName, "results.json"), BenchReport.Json(result), cancellationToken);
        BenchChart.Save(result, Path.Combine(options.Output.FullName, "results.png"));
        Console.Out.WriteLine();
        Console.Out.Write(markdown);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"results: {options.Output.FullName}");
        foreach (var run in result.Runs.Where(r => !r.Complete))
        {
            await Console.Error.WriteLineAsync($"hub bench: {run.Label}: events in {run.EventsIn:N0}, stored {run.EventsStored:N0}, stored + evaluated + relayed {run.EventsDone:N0}{(run.TimedOut ? $" when the timeout of {options.Timeout.TotalSeconds:0} s passed" : string.Empty)}");
        }

        foreach (var run in result.Runs.Where(r => r.Soak is { Passed: false }))
        {
            await Console.Error.WriteLineAsync($"hub bench --soak: {run.Label}: memory {run.Soak!.Memory}; outbox {run.Soak.Lag}");
        }

        return result.Complete && result.Runs.All(r => r.Soak is null or { Passed: true }) ? 0 : 1;
    }
}
