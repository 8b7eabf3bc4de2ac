using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub disclosures (--bsn NUMMER [--onderwijsnummer] | --pseudonym P) [--json]</c>: the inzage list (AVG art. 15) of
/// one pupil from the disclosure log: when, to whom, for which processing activity, on which basis, which data categories,
/// under which consent, in which message and trace, and whether it was sent or blocked. A nummer is pseudonymised as the
/// intake does it and never printed back; <c>--bsn -</c> reads it from standard input, keeping it out of the shell history.
/// Needs Pseudonymisation:Key and Disclosures:Key, the worker's own.
/// </summary>
internal static class DisclosuresCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var bsn = new Option<string?>("--bsn") { Description = "The pupil's persoonsgebonden nummer (BSN; with --onderwijsnummer an onderwijsnummer); '-' reads it from standard input" };
        var onderwijsnummer = new Option<bool>("--onderwijsnummer") { Description = "The nummer given with --bsn is an onderwijsnummer" };
        var pseudonym = new Option<string?>("--pseudonym") { Description = "The pupil's hub pseudonym" };
        var json = new Option<bool>("--json") { Description = "Print JSON ({pupil, disclosures}) instead of text" };
        var command = new Command("disclosures", "List what the hub disclosed about one pupil, to whom, when and why (inzage, AVG art. 15)")
        {
            bsn, onderwijsnummer, pseudonym, json,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(bsn) is null) == (result.GetValue(pseudonym) is null))
            {
                result.AddError("Name the pupil with either --bsn or --pseudonym.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddIntake(HubServices.Configuration).AddPrivacy());
            DisclosureInzage inzage;
            try
            {
                inzage = services.GetRequiredService<DisclosureInzage>();
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"hub disclosures: the configuration is incomplete: {ex.Message}");
                return 2;
            }

            var result = parseResult.GetValue(bsn) is { } nummer
                ? await inzage.ForNummerAsync(
                    parseResult.GetValue(onderwijsnummer) ? NummerSoort.Onderwijsnummer : NummerSoort.Bsn,
                    nummer == "-" ? (await Console.In.ReadLineAsync(cancellationToken))?.Trim() : nummer,
                    cancellationToken)
                : await inzage.ForPseudonymAsync(parseResult.GetValue(pseudonym), cancellationToken);
            if (result.Error is { } error)
            {
                await Console.Error.WriteLineAsync($"hub disclosures: {DisclosureInzage.Describe(error)} ({error})");
                return 2;
            }

            if (parseResult.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { pupil = result.Pupil, disclosures = result.Disclosures }, JsonOptions));
            }
            else
            {
                await WriteTextAsync(Console.Out, result.Pupil!, result.Disclosures);
            }

            return 0;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, string pupil, IReadOnlyList<PupilDisclosure> disclosures)
    {
        await output.WriteLineAsync($"Disclosures about pupil {pupil}: {disclosures.Count}");
        foreach (var d in disclosures)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{Time(d.StartedAt)}  {d.Status,-8} to {d.Recipient}");
            await output.WriteLineAsync($"  activity    {d.ActivityId}");
            await output.WriteLineAsync($"  basis       {d.LegalBasis}{(d.ConsentId is null ? string.Empty : $" (consent {d.ConsentId})")}");
            await output.WriteLineAsync($"  categories  {string.Join(", ", d.DataCategories)}");
            await output.WriteLineAsync($"  message     {d.MessageId}  trace {d.TraceId}");
            if (d.Operation is not null)
            {
                await output.WriteLineAsync($"  started by  {d.Operation}");
            }

            if (d.EndedAt is { } ended)
            {
                await output.WriteLineAsync($"  {d.Status,-11} {Time(ended)}{(d.StatusReason is null ? string.Empty : $": {d.StatusReason}")}");
            }
        }
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
