using CsvHelper;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// Reads a CSV shaped like CBS "Gebieden in Nederland" (one row per gemeente) with the column names of
/// <see cref="CbsColumnOptions"/>. Rows that are not gemeenten (CBS lists only gemeenten in this table, but a total row
/// or an empty line may creep in) are refused with their row number rather than skipped, and so is a gemeente listed
/// twice.
/// </summary>
public sealed class CbsGemeenteReader(IOptions<CbsColumnOptions> options)
{
    /// <param name="path">The CSV file.</param>
    /// <param name="defaultProvenance">The provenance of rows without a provenance column (a CBS export has none).</param>
    public IReadOnlyList<CbsGemeente> Read(string path, string defaultProvenance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultProvenance);
        using var text = new StreamReader(path);
        return Read(text, Path.GetFileName(path), defaultProvenance);
    }

    public IReadOnlyList<CbsGemeente> Read(TextReader text, string source, string defaultProvenance)
    {
        var columns = options.Value;
        var readerOptions = CsvReaderOptions.Default with { TrimWhitespace = true };
        if (columns.Separator is { Length: 1 } separator)
        {
            readerOptions = readerOptions with { Separator = separator[0] };
        }

        using var csv = CsvReader.Create(text, readerOptions);
        var code = Column(csv, columns.GemeenteCode, nameof(columns.GemeenteCode), source);
        var naam = Column(csv, columns.GemeenteNaam, nameof(columns.GemeenteNaam), source);
        var rmcCode = Column(csv, columns.RmcRegionCode, nameof(columns.RmcRegionCode), source);
        var rmcName = Column(csv, columns.RmcRegionName, nameof(columns.RmcRegionName), source);
        var ggdCode = Column(csv, columns.GgdRegionCode, nameof(columns.GgdRegionCode), source);
        var ggdName = Column(csv, columns.GgdRegionName, nameof(columns.GgdRegionName), source);
        int? provenance = columns.Provenance is { Length: > 0 } p && csv.TryGetFieldIndex(p, out var index) ? index : null;

        var gemeenten = new List<CbsGemeente>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = new CbsGemeente(
                DirectoryCodes.NormaliseGemeente(csv.GetString(code)),
                csv.GetString(naam).Trim(),
                csv.GetString(rmcCode).Trim().ToUpperInvariant(),
                csv.GetString(rmcName).Trim(),
                csv.GetString(ggdCode).Trim().ToUpperInvariant(),
                csv.GetString(ggdName).Trim(),
                provenance is { } column && csv.GetString(column).Trim() is { Length: > 0 } own ? own : defaultProvenance);
            Check(row, csv.RowNumber, source, columns);
            if (!seen.Add(row.Code))
            {
                throw new DirectoryDataException($"{source}, row {csv.RowNumber}: gemeente {row.Code} is listed twice.");
            }

            gemeenten.Add(row);
        }

        return gemeenten;
    }

    private static int Column(CsvReader csv, string name, string setting, string source)
    {
        if (csv.TryGetFieldIndex(name, out var index))
        {
            return index;
        }

        throw new DirectoryDataException(
            $"{source}: no column '{name}' (setting {CbsColumnOptions.SectionName}:{setting}). The file's columns are: {string.Join(", ", csv.Headers)}.");
    }

    private static void Check(CbsGemeente row, long rowNumber, string source, CbsColumnOptions columns)
    {
        string? problem = row switch
        {
            _ when !DirectoryCodes.IsGemeente(row.Code) => $"'{row.Code}' in column '{columns.GemeenteCode}' is not a CBS gemeente code (GMxxxx)",
            _ when row.Naam.Length == 0 => $"gemeente {row.Code} has no name in column '{columns.GemeenteNaam}'",
            _ when !DirectoryCodes.IsRmcRegion(row.RmcRegionCode) => $"'{row.RmcRegionCode}' in column '{columns.RmcRegionCode}' is not an RMC region code (MCxx)",
            _ when !DirectoryCodes.IsGgdRegion(row.GgdRegionCode) => $"'{row.GgdRegionCode}' in column '{columns.GgdRegionCode}' is not a GGD region code (GGxxxx)",
            _ => null,
        };
        if (problem is not null)
        {
            throw new DirectoryDataException($"{source}, row {rowNumber}: {problem}.");
        }
    }
}
