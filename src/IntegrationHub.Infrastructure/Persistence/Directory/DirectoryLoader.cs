namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// Loads the shipped data files (<see cref="DirectoryDataFiles"/>) into PostgreSQL. Idempotent, and it never overwrites
/// what an operator changed: organisations and leerplicht/JGZ rows are added only where none exists for the same key
/// and period, and the shipped gemeente tables are imported as partial tables (a gemeente not in them is not closed).
/// </summary>
public sealed class DirectoryLoader(NpgsqlDirectoryStore store)
{
    public async Task<DirectoryLoadResult> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryDataException($"No directory data files at '{directory}'.");
        }

        var organisations = 0;
        foreach (var organisation in DirectoryDataFiles.ReadOrganisations(directory))
        {
            organisations += await store.AddOrganisationIfAbsentAsync(organisation, cancellationToken) ? 1 : 0;
        }

        var tables = new List<(string, GemeenteImportResult)>();
        foreach (var (validFrom, path) in DirectoryDataFiles.GemeenteTables(directory))
        {
            var result = await store.ImportGemeentenAsync(DirectoryDataFiles.ReadGemeenten(path), validFrom, closeMissing: false, cancellationToken);
            tables.Add((Path.GetFileName(path), result));
        }

        var leerplicht = DirectoryDataFiles.ReadLeerplicht(directory);
        var leerplichtAdded = 0;
        foreach (var route in leerplicht)
        {
            leerplichtAdded += await store.AddLeerplichtIfAbsentAsync(route, cancellationToken) ? 1 : 0;
        }

        var jgz = DirectoryDataFiles.ReadJgz(directory);
        var jgzAdded = 0;
        foreach (var assignment in jgz)
        {
            jgzAdded += await store.AddJgzIfAbsentAsync(assignment, cancellationToken) ? 1 : 0;
        }

        return new DirectoryLoadResult(organisations, tables, leerplichtAdded, leerplicht.Count - leerplichtAdded, jgzAdded, jgz.Count - jgzAdded);
    }
}
