using System.Globalization;
using IntegrationHub.Infrastructure.Persistence.Directory;

namespace IntegrationHub.Cli.Directory;

/// <summary>
/// The text of <c>hub directory show</c>: per gemeente valid on the day its RMC region and organisation, its leerplicht
/// routes (default first, then the alternatives per pupil kind) with their flags, and its GGD region; then the JGZ of
/// the school locations. "*" marks an illustrative row; "(none)" a gap that parks meldingen.
/// </summary>
internal static class DirectoryReport
{
    public static void Write(
        TextWriter output,
        DateOnly on,
        IReadOnlyList<GemeentePeriod> gemeenten,
        IReadOnlyList<LeerplichtRoute> leerplicht,
        IReadOnlyCollection<string> rmcOrganisations,
        IReadOnlyList<JgzAssignment>? jgz,
        bool withProvenance)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Directory on {Day(on)}: {gemeenten.Count} gemeente(n). * = illustrative row, (none) = meldingen are parked.");
        output.WriteLine();
        var rows = new List<string[]> { new[] { "GEMEENTE", "NAAM", "RMC REGION", "RMC ORG", "PUPIL KIND", "LEERPLICHT", "NOTIFY", "MAZL", "GGD REGION", "VALID" } };
        var routes = leerplicht.ToLookup(r => r.GemeenteCode, StringComparer.Ordinal);
        foreach (var period in gemeenten)
        {
            var g = period.Gemeente;
            var rmcOrganisation = DirectoryCodes.RmcOrganisationId(g.RmcRegionCode);
            var first = new[]
            {
                g.Code, g.Naam, $"{g.RmcRegionCode} {g.RmcRegionName}", rmcOrganisations.Contains(rmcOrganisation) ? rmcOrganisation : "(none)",
                "(default)", "(none)", "-", "-", $"{g.GgdRegionCode} {g.GgdRegionName}", Validity(period.ValidFrom, period.ValidUntil),
            };
            var own = routes[g.Code].ToList();
            var defaultRoute = own.FirstOrDefault(r => r.PupilKind is null);
            if (defaultRoute is not null)
            {
                first[5] = Organisation(defaultRoute);
                first[6] = YesNo(defaultRoute.NotifyPartners);
                first[7] = YesNo(defaultRoute.MazlBought);
            }

            rows.Add(first);
            foreach (var alternative in own.Where(r => r.PupilKind is not null))
            {
                rows.Add(["", "", "", "", alternative.PupilKind!, Organisation(alternative), YesNo(alternative.NotifyPartners), YesNo(alternative.MazlBought), "", Validity(alternative.ValidFrom, alternative.ValidUntil)]);
            }
        }

        WriteTable(output, rows);
        if (withProvenance)
        {
            output.WriteLine();
            foreach (var period in gemeenten)
            {
                output.WriteLine($"{period.Gemeente.Code} provenance: {period.Gemeente.Provenance}");
                foreach (var route in routes[period.Gemeente.Code])
                {
                    output.WriteLine($"{period.Gemeente.Code} leerplicht {route.PupilKind ?? "(default)"} provenance: {route.Provenance}");
                }
            }
        }

        if (jgz is not null)
        {
            output.WriteLine();
            output.WriteLine($"JGZ on {Day(on)}: {jgz.Count} school location row(s). A vestiging row wins over the row for all of its BRIN.");
            output.WriteLine();
            var jgzRows = new List<string[]> { new[] { "BRIN", "VESTIGING", "JGZ", "MAZL BASIS", "VALID" } };
            jgzRows.AddRange(jgz.Select(j => new[]
            {
                j.Brin, j.Vestiging ?? "(all)", j.OrganisationId + (j.Illustrative ? " *" : string.Empty), j.MazlBasis, Validity(j.ValidFrom, j.ValidUntil),
            }));
            WriteTable(output, jgzRows);
        }
    }

    private static string Organisation(LeerplichtRoute route) => route.OrganisationId + (route.Illustrative ? " *" : string.Empty);

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Validity(DateOnly from, DateOnly? until) => $"{Day(from)}..{(until is { } end ? Day(end) : string.Empty)}";

    private static void WriteTable(TextWriter output, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
