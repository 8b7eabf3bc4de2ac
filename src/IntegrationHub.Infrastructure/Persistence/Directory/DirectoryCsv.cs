using System.Globalization;
using CsvHelper;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// Reads the hub's own directory data files (organisations.csv, leerplicht.csv, jgz.csv): comma separated, a header
/// row, snake_case column names. Every error names the file, the row and the column.
/// </summary>
internal sealed class DirectoryCsv : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string _source;

    private DirectoryCsv(CsvReader csv, string source)
    {
        _csv = csv;
        _source = source;
    }

    public static DirectoryCsv Open(string path)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', TrimWhitespace = true };
        return new DirectoryCsv(CsvReader.FromFile(path, options), Path.GetFileName(path));
    }

    public bool Read() => _csv.Read();

    public string Required(string column) =>
        Optional(column) ?? throw Error(column, "is empty");

    public string? Optional(string column)
    {
        if (!_csv.TryGetFieldIndex(column, out var index))
        {
            throw new DirectoryDataException($"{_source}: no column '{column}'. The file's columns are: {string.Join(", ", _csv.Headers)}.");
        }

        var value = _csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    public DateOnly Date(string column) => ParseDate(column, Required(column));

    public DateOnly? OptionalDate(string column) => Optional(column) is { } value ? ParseDate(column, value) : null;

    public bool Flag(string column, bool whenEmpty) => Optional(column)?.ToLowerInvariant() switch
    {
        null => whenEmpty,
        "true" or "yes" or "ja" or "1" => true,
        "false" or "no" or "nee" or "0" => false,
        var other => throw Error(column, $"'{other}' is not true or false"),
    };

    public DirectoryDataException Error(string column, string problem) =>
        new($"{_source}, row {_csv.RowNumber}, column '{column}': {problem}.");

    public void Dispose() => _csv.Dispose();

    private DateOnly ParseDate(string column, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(column, $"'{value}' is not a date (yyyy-MM-dd)");
}
