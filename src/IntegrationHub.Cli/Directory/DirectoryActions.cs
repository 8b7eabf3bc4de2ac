using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Directory;

namespace IntegrationHub.Cli.Directory;

/// <summary>
/// What the <c>hub directory</c> subcommands do, given the directory's services and where to write. An operator's
/// mistake (unknown organisation or gemeente, a CSV that does not fit the column mapping) is one line on the error
/// writer and exit code 1; nothing is changed then.
/// </summary>
internal sealed class DirectoryActions(NpgsqlDirectoryStore store, TextWriter output, TextWriter error)
{
    public async Task<int> ShowAsync(DateOnly on, string? gemeente, CancellationToken cancellationToken)
    {
        var code = gemeente is null ? null : DirectoryCodes.NormaliseGemeente(gemeente);
        var gemeenten = await store.GemeentenOnAsync(on, code, cancellationToken);
        if (code is not null && gemeenten.Count == 0)
        {
            return Fail("show", $"Unknown gemeente '{code}' on {on:yyyy-MM-dd}: it is not in the directory on that day.");
        }

        var leerplicht = await store.LeerplichtOnAsync(on, code, cancellationToken);
        var rmc = (await store.ListOrganisationsAsync(cancellationToken)).Where(o => o.Kind == PartnerKind.Rmc).Select(o => o.OrganisationId).ToHashSet(StringComparer.Ordinal);
        var jgz = code is null ? await store.JgzOnAsync(on, cancellationToken) : null;
        DirectoryReport.Write(output, on, gemeenten, leerplicht, rmc, jgz, withProvenance: code is not null);
        return 0;
    }

    public Task<int> LoadAsync(DirectoryLoader loader, string? directory, CancellationToken cancellationToken) => Guard("load", async () =>
    {
        var path = directory ?? DirectoryDataPath.Find()
            ?? throw new DirectoryDataException("No infra/directory found above the working directory or the binary: give --dir.");
        var result = await loader.LoadAsync(path, cancellationToken);
        output.WriteLine($"Loaded {path}");
        output.WriteLine($"  organisations  {result.OrganisationsAdded} added");
        foreach (var (file, table) in result.GemeenteTables)
        {
            output.WriteLine($"  {file}  {Describe(table)}");
        }

        output.WriteLine($"  leerplicht     {result.LeerplichtAdded} added, {result.LeerplichtKept} already there (kept as they are)");
        output.WriteLine($"  jgz            {result.JgzAdded} added, {result.JgzKept} already there (kept as they are)");
        output.WriteLine(result.ChangedAnything ? "The directory was changed." : "Nothing changed: the directory already holds these files.");
    });

    public Task<int> ImportCbsAsync(CbsGemeenteReader reader, FileInfo file, DateOnly validFrom, bool partial, string? provenance, CancellationToken cancellationToken) => Guard("import-cbs", async () =>
    {
        if (!file.Exists)
        {
            throw new DirectoryDataException($"{file.FullName} does not exist.");
        }

        var gemeenten = reader.Read(file.FullName, provenance ?? $"CBS Gebieden in Nederland, imported from {file.Name}");
        var result = await store.ImportGemeentenAsync(gemeenten, validFrom, closeMissing: !partial, cancellationToken);
        output.WriteLine($"{file.Name} from {validFrom:yyyy-MM-dd}: {gemeenten.Count} gemeenten; {Describe(result)}");
    });

    public Task<int> SetLeerplichtAsync(LeerplichtRoute route, CancellationToken cancellationToken) => Guard("set-leerplicht", async () =>
    {
        var change = await store.SetLeerplichtAsync(route, cancellationToken);
        output.WriteLine($"{route.GemeenteCode} {route.PupilKind ?? "(default)"} -> {route.OrganisationId} from {route.ValidFrom:yyyy-MM-dd}: {Describe(change)}");
    });

    public Task<int> SetJgzAsync(JgzAssignment assignment, CancellationToken cancellationToken) => Guard("set-jgz", async () =>
    {
        var change = await store.SetJgzAsync(assignment, cancellationToken);
        output.WriteLine($"{assignment.Brin} {assignment.Vestiging ?? "(all)"} -> {assignment.OrganisationId} ({assignment.MazlBasis}) from {assignment.ValidFrom:yyyy-MM-dd}: {Describe(change)}");
    });

    private static string Describe(GemeenteImportResult result) =>
        $"{result.Opened} opened, {result.Changed} changed, {result.Closed} closed, {result.Unchanged} unchanged";

    private static string Describe(DirectoryChange change) => change switch
    {
        DirectoryChange.Unchanged => "unchanged (already so from that day)",
        DirectoryChange.Added => "added",
        DirectoryChange.Corrected => "corrected (the row starting that day)",
        _ => "set; the previous row now ends the day before",
    };

    private async Task<int> Guard(string command, Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (DirectoryDataException ex)
        {
            return Fail(command, ex.Message);
        }
    }

    private int Fail(string command, string message)
    {
        error.WriteLine($"hub directory {command}: {message}");
        return 1;
    }
}
