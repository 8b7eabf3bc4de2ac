using System.CommandLine;
using System.Globalization;
using IntegrationHub.Application.Retention;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub pupil rectify --nummer OLD --new-nummer NEW [--soort bsn|onderwijsnummer] [--new-soort ...]</c> (AVG art. 16) and
/// <c>hub pupil erase --nummer N [--soort ...] [--dry-run]</c> (AVG art. 17). Both are recorded in the disclosure log; the
/// erasure reports what a legal term still holds. Nummers are never printed. Exit 0 when done, 1 when refused.
/// </summary>
internal static class PupilCommand
{
    public static Command Create()
    {
        var nummer = new Option<string>("--nummer") { Description = "The pupil's persoonsgebonden nummer as the hub knows it", Required = true };
        var soort = new Option<NummerSoort>("--soort") { Description = "bsn or onderwijsnummer", DefaultValueFactory = _ => NummerSoort.Bsn };
        var newNummer = new Option<string>("--new-nummer") { Description = "The corrected persoonsgebonden nummer", Required = true };
        var newSoort = new Option<NummerSoort?>("--new-soort") { Description = "The corrected nummer's kind (default: --soort)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be erased and held; erase nothing" };

        var rectify = new Command("rectify", "Correct a pupil's persoonsgebonden nummer; the pupil stays one pupil (AVG art. 16)") { nummer, soort, newNummer, newSoort };
        rectify.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddIntake(HubServices.Configuration).AddRetention().AddPupilRights());
            var current = new PupilNummer(parseResult.GetValue(soort), parseResult.GetValue(nummer)!);
            var corrected = new PupilNummer(parseResult.GetValue(newSoort) ?? current.Soort, parseResult.GetValue(newNummer)!);
            try
            {
                var report = await services.GetRequiredService<IPupilRectification>().RectifyAsync(current, corrected, cancellationToken);
                Console.Out.WriteLine("Rectified: the pupil's data now stands under the corrected nummer's pseudonym.");
                foreach (var table in report.Changed)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table.Table,-22} {table.Rows,10:N0} rows"));
                }

                Console.Out.WriteLine($"Recorded in the disclosure log (rectificatie/v1, AVG art. 16), message {report.DisclosureMessageId}.");
                return 0;
            }
            catch (PupilRightsRefusedException refused)
            {
                await Console.Error.WriteLineAsync($"hub pupil rectify: {refused.Message}");
                return 1;
            }
        });

        var erase = new Command("erase", "Erase a pupil's data where no legal term holds it, and report what is held (AVG art. 17)") { nummer, soort, dryRun };
        erase.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddIntake(HubServices.Configuration).AddRetention().AddPupilRights());
            var pupil = new PupilNummer(parseResult.GetValue(soort), parseResult.GetValue(nummer)!);
            try
            {
                var report = await services.GetRequiredService<IPupilErasure>().EraseAsync(pupil, parseResult.GetValue(dryRun), cancellationToken);
                Print(report, Console.Out);
                return 0;
            }
            catch (PupilRightsRefusedException refused)
            {
                await Console.Error.WriteLineAsync($"hub pupil erase: {refused.Message}");
                return 1;
            }
        });

        return new Command("pupil", "A pupil's rights: rectification and erasure") { rectify, erase };
    }

    internal static void Print(ErasureReport report, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(report.DryRun ? "Erasure (dry run: nothing was erased):" : "Erased:");
        foreach (var table in report.Erased)
        {
            output.WriteLine(string.Create(invariant, $"  {table.Table,-22} {table.Rows,10:N0} rows"));
        }

        output.WriteLine(report.Held.Count == 0 ? "Held by a legal term: nothing." : "Held by a legal term (not erased):");
        foreach (var held in report.Held)
        {
            var until = held.KeptUntil is { } date ? date.ToString("yyyy-MM-dd", invariant) : "its own purge term";
            output.WriteLine(string.Create(invariant, $"  {held.Table,-22} {held.Rows,10:N0} rows  until {until}: {held.Reason}"));
        }

        if (report.DisclosureMessageId is { } id)
        {
            output.WriteLine($"Recorded in the disclosure log (wissing/v1, AVG art. 17), message {id}.");
        }
    }
}
