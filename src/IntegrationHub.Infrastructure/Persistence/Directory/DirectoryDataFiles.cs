using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// The directory's versioned data files (infra/directory in the repository):
/// <list type="bullet">
/// <item>organisations.csv: organisation_id, kind, name, provenance;</item>
/// <item>gemeenten-YYYY-MM-DD.csv: CBS-shaped tables (the default <see cref="CbsColumnOptions"/> column names plus a
/// provenance column), each holding from the date in its name, loaded in date order;</item>
/// <item>leerplicht.csv: gemeente_code, pupil_kind, organisation_id, notify_partners, mazl_bought, valid_from,
/// valid_until, illustrative, provenance;</item>
/// <item>jgz.csv: brin, vestiging, organisation_id, mazl_basis, valid_from, valid_until, illustrative, provenance.</item>
/// </list>
/// The shipped gemeente tables are read with the default column names whatever Directory:CbsColumns says (that setting
/// is for the operator's CBS export).
/// </summary>
public static partial class DirectoryDataFiles
{
    public const string Organisations = "organisations.csv";
    public const string Leerplicht = "leerplicht.csv";
    public const string Jgz = "jgz.csv";

    public static IReadOnlyList<DirectoryOrganisation> ReadOrganisations(string directory)
    {
        using var csv = DirectoryCsv.Open(Path.Combine(directory, Organisations));
        var rows = new List<DirectoryOrganisation>();
        while (csv.Read())
        {
            rows.Add(new DirectoryOrganisation(csv.Required("organisation_id"), PartnerKinds.Parse(csv.Required("kind")), csv.Required("name"), csv.Required("provenance")));
        }

        return rows;
    }

    /// <summary>The CBS-shaped tables in date order, each with the day it holds from.</summary>
    public static IReadOnlyList<(DateOnly ValidFrom, string Path)> GemeenteTables(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "gemeenten-*.csv")
            .Select(path => (Match: GemeenteTableName().Match(Path.GetFileName(path)), Path: path))
            .Where(f => f.Match.Success)
            .Select(f => (DateOnly.ParseExact(f.Match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), f.Path))
            .OrderBy(f => f.Item1)
            .ToArray();

    public static IReadOnlyList<CbsGemeente> ReadGemeenten(string path) =>
        new CbsGemeenteReader(Options.Create(new CbsColumnOptions { Separator = "," })).Read(path, $"{Path.GetFileName(path)} (no provenance given)");

    public static IReadOnlyList<LeerplichtRoute> ReadLeerplicht(string directory)
    {
        using var csv = DirectoryCsv.Open(Path.Combine(directory, Leerplicht));
        var rows = new List<LeerplichtRoute>();
        while (csv.Read())
        {
            rows.Add(new LeerplichtRoute(
                DirectoryCodes.NormaliseGemeente(csv.Required("gemeente_code")),
                csv.Optional("pupil_kind")?.ToLowerInvariant(),
                csv.Required("organisation_id"),
                csv.Flag("notify_partners", whenEmpty: true),
                csv.Flag("mazl_bought", whenEmpty: false),
                csv.Date("valid_from"),
                csv.OptionalDate("valid_until"),
                csv.Required("provenance"),
                csv.Flag("illustrative", whenEmpty: false)));
        }

        return rows;
    }

    public static IReadOnlyList<JgzAssignment> ReadJgz(string directory)
    {
        using var csv = DirectoryCsv.Open(Path.Combine(directory, Jgz));
        var rows = new List<JgzAssignment>();
        while (csv.Read())
        {
            rows.Add(new JgzAssignment(
                csv.Required("brin").ToUpperInvariant(),
                csv.Optional("vestiging"),
                csv.Required("organisation_id"),
                csv.Optional("mazl_basis") ?? JgzAssignment.Consent,
                csv.Date("valid_from"),
                csv.OptionalDate("valid_until"),
                csv.Required("provenance"),
                csv.Flag("illustrative", whenEmpty: false)));
        }

        return rows;
    }

    [GeneratedRegex(@"^gemeenten-(\d{4}-\d{2}-\d{2})\.csv$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteTableName();
}
