using System.CommandLine;
using IntegrationHub.Infrastructure.Persistence.Pseudonymisation;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub pseudonym rotate [--batch-size N] [--dry-run]</c>: moves every pupil from the pseudonym under
/// Pseudonymisation:PreviousKey to the one under Pseudonymisation:Key, one transaction per batch. Run with every worker
/// stopped; see the README ("Rotating the pseudonymisation key"). Exit 0 when every pupil stands under the new key, 2 when
/// some could not be moved (reported by count; no pseudonym or nummer is printed).
/// </summary>
internal static class PseudonymCommand
{
    public static Command Create()
    {
        var batchSize = new Option<int>("--batch-size") { Description = "Pupils per transaction", DefaultValueFactory = _ => 500 };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would move; change nothing" };
        var rotate = new Command("rotate", "Move every pupil to the pseudonym of the new pseudonymisation key, keeping its history") { batchSize, dryRun };
        rotate.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddPseudonymRotation());
            var report = await services.GetRequiredService<NpgsqlPseudonymRotation>()
                .RotateAsync(parseResult.GetValue(batchSize), parseResult.GetValue(dryRun), cancellationToken);
            Console.Out.WriteLine(report.DryRun ? "Pseudonym rotation (dry run: nothing was changed):" : "Pseudonym rotation:");
            Console.Out.WriteLine($"  moved to the new key      {report.Rotated,10}");
            Console.Out.WriteLine($"  already under the new key {report.AlreadyRotated,10}");
            Console.Out.WriteLine($"  under neither key         {report.UnknownKey,10}");
            Console.Out.WriteLine($"  refused (state under both){report.Conflicts,10}");
            Console.Out.WriteLine($"  batches                   {report.Batches,10}");
            return report.Complete ? 0 : 2;
        });

        return new Command("pseudonym", "The pupil pseudonyms: key rotation") { rotate };
    }
}
