using System.CommandLine;
using System.Globalization;
using IntegrationHub.Application.Retention;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Infrastructure.Persistence.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub purge [--dry-run] [--as-of DATE]</c>: runs the retention purge once (what the worker does daily) and prints
/// per table what it removed; with --dry-run it counts exactly and removes nothing. Progress bars in a terminal, plain
/// lines otherwise. Exit 0 when done, 1 when the purge failed (e.g. another one runs), 2 on bad options.
/// </summary>
internal static class PurgeCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be removed; remove nothing" };
        var asOf = new Option<string?>("--as-of") { Description = "Purge as of this date (yyyy-MM-dd: its start in Retention:TimeZone) or instant (ISO 8601); default now" };
        var command = new Command("purge", "Remove pupil data past its retention term (Retention section) and print what was removed") { dryRun, asOf };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddRetention());
            var options = services.GetRequiredService<IOptions<RetentionOptions>>().Value;
            if (AsOf(parseResult.GetValue(asOf), options) is not { } at)
            {
                await Console.Error.WriteLineAsync("hub purge: --as-of is neither a date (yyyy-MM-dd) nor an ISO 8601 instant");
                return 2;
            }

            var purge = services.GetRequiredService<IRetentionPurge>();
            var dry = parseResult.GetValue(dryRun);
            try
            {
                var report = Console.IsOutputRedirected
                    ? await RunAsync(purge, at, dry, new PlainProgress(Console.Out, TimeProvider.System), cancellationToken)
                    : await SpectreProgress.RunAsync(progress => RunAsync(purge, at, dry, progress, cancellationToken));
                Print(report, Console.Out);
                return 0;
            }
            catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
            {
                await Console.Error.WriteLineAsync($"hub purge: {exception.Message}");
                return 1;
            }
        });
        return command;
    }

    internal static DateTimeOffset? AsOf(string? value, RetentionOptions options)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateTimeOffset.UtcNow;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return RetentionCutoffs.LocalMidnight(date, options.Zone);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }

    private static Task<PurgeReport> RunAsync(IRetentionPurge purge, DateTimeOffset at, bool dryRun, IBenchProgress progress, CancellationToken cancellationToken)
    {
        var total = PurgeTargets.All.Count;
        var done = 0;
        progress.Report("purge: tables", 0, total);
        return purge.PurgeAsync(at, dryRun, _ => progress.Report("purge: tables", ++done, total), cancellationToken);
    }

    internal static void Print(PurgeReport report, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"Retention purge as of {report.AsOf:yyyy-MM-ddTHH:mm:ssZ}{(report.DryRun ? " (dry run: nothing was removed)" : "")}"));
        output.WriteLine(string.Create(invariant, $"  {"table",-22} {"kind",-14} {(report.DryRun ? "would remove" : "removed"),12}  past term through"));
        foreach (var table in report.Tables)
        {
            var through = table.Through is { } t ? t.ToString("yyyy-MM-ddTHH:mm:ssZ", invariant) : "(what it belongs to is gone)";
            var partitions = table.DroppedPartitions.Count switch
            {
                0 => "",
                <= 3 => $"  partitions {(report.DryRun ? "to drop" : "dropped")}: {string.Join(", ", table.DroppedPartitions)}",
                var n => $"  {n} partitions {(report.DryRun ? "to drop" : "dropped")}: {table.DroppedPartitions[0]} .. {table.DroppedPartitions[^1]}",
            };
            output.WriteLine(string.Create(invariant, $"  {table.Table,-22} {table.Kind,-14} {table.Rows,12:N0}  {through}{partitions}"));
        }

        output.WriteLine(string.Create(invariant, $"  {"total",-22} {"",-14} {report.TotalRows,12:N0}"));
    }
}
