using System.CommandLine;
using IntegrationHub.Cli.Directory;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub directory show|load|import-cbs|set-leerplicht|set-jgz</c>: shows and updates the routing directory
/// (gemeente -> leerplicht organisation and RMC region, school location -> JGZ), as it stands on a day.
/// </summary>
internal static class DirectoryCommand
{
    public static Command Create() => new("directory", "The routing directory: gemeenten, leerplicht routes, RMC regions and JGZ of schools")
    {
        Show(), Load(), ImportCbs(), SetLeerplicht(), SetJgz(),
    };

    private static Command Show()
    {
        var on = new Option<DateOnly?>("--on") { Description = "The day to show the directory as it stood on (default: today)" };
        var gemeente = new Option<string?>("--gemeente") { Description = "Only this gemeente (GM0344 or 0344), with the provenance of its rows" };
        var command = new Command("show", "Show the directory as it stood on a day") { on, gemeente };
        command.SetAction((parseResult, cancellationToken) => RunAsync((actions, _) =>
            actions.ShowAsync(parseResult.GetValue(on) ?? DateOnly.FromDateTime(DateTime.Today), parseResult.GetValue(gemeente), cancellationToken)));
        return command;
    }

    private static Command Load()
    {
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "The data files (default: infra/directory of the repository)" };
        var command = new Command("load", "Load the shipped data files into PostgreSQL (idempotent; never overwrites an operator's rows)") { dir };
        command.SetAction((parseResult, cancellationToken) => RunAsync((actions, services) =>
            actions.LoadAsync(services.GetRequiredService<DirectoryLoader>(), parseResult.GetValue(dir)?.FullName, cancellationToken)));
        return command;
    }

    private static Command ImportCbs()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV shaped like CBS \"Gebieden in Nederland\" (columns mapped in Directory:CbsColumns)" };
        var validFrom = new Option<DateOnly>("--valid-from") { Description = "The day the table holds from (1 January for a year's table, or the day of a merger)", Required = true };
        var partial = new Option<bool>("--partial") { Description = "The file lists only some gemeenten: do not close the gemeenten it leaves out" };
        var provenance = new Option<string?>("--provenance") { Description = "Provenance of rows without a provenance column (default: CBS Gebieden in Nederland, imported from FILE)" };
        var command = new Command("import-cbs", "Import a CBS gemeenten table: opens new gemeenten, changed regions from --valid-from, closes vanished gemeenten the day before")
        {
            file, validFrom, partial, provenance,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync((actions, services) => actions.ImportCbsAsync(
            services.GetRequiredService<CbsGemeenteReader>(), parseResult.GetValue(file)!, parseResult.GetValue(validFrom), parseResult.GetValue(partial), parseResult.GetValue(provenance), cancellationToken)));
        return command;
    }

    private static Command SetLeerplicht()
    {
        var gemeente = new Option<string>("--gemeente") { Description = "CBS gemeente code (GM0344 or 0344)", Required = true };
        var org = new Option<string>("--org") { Description = "The leerplicht organisation's id (hub org add --kind leerplicht)", Required = true };
        var pupilKind = new Option<string?>("--pupil-kind") { Description = "An alternative route for this kind of pupil (e.g. vso, mbo, kwalificatieplicht); default: the gemeente's default route" };
        var from = new Option<DateOnly>("--from") { Description = "The day the route holds from; the previous route for the same key ends the day before", Required = true };
        var noNotify = new Option<bool>("--no-notify") { Description = "The gemeente switched partner-queue notifications off (DUO's register stays the source of record)" };
        var mazl = new Option<bool>("--mazl") { Description = "The gemeente buys MAZL (JGZ gets MAZL traffic for its pupils)" };
        var provenance = new Option<string?>("--provenance") { Description = "Where this comes from (default: set with hub directory set-leerplicht)" };
        var command = new Command("set-leerplicht", "Route a gemeente's pupils (or one kind of them) to a leerplicht organisation from a day")
        {
            gemeente, org, pupilKind, from, noNotify, mazl, provenance,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync((actions, _) => actions.SetLeerplichtAsync(
            new LeerplichtRoute(
                DirectoryCodes.NormaliseGemeente(parseResult.GetValue(gemeente)!),
                parseResult.GetValue(pupilKind)?.Trim().ToLowerInvariant() is { Length: > 0 } kind ? kind : null,
                parseResult.GetValue(org)!,
                !parseResult.GetValue(noNotify),
                parseResult.GetValue(mazl),
                parseResult.GetValue(from),
                null,
                parseResult.GetValue(provenance) ?? "set with hub directory set-leerplicht",
                Illustrative: false),
            cancellationToken)));
        return command;
    }

    private static Command SetJgz()
    {
        var brin = new Option<string>("--brin") { Description = "BRIN code, e.g. 12AB", Required = true };
        var vestiging = new Option<string?>("--vestiging") { Description = "One vestiging (e.g. 01); default: every location of the BRIN" };
        var org = new Option<string>("--org") { Description = "The JGZ organisation's id (hub org add --kind jgz)", Required = true };
        var basis = new Option<string>("--basis") { Description = "Legal basis of a MAZL referral in this region", DefaultValueFactory = _ => JgzAssignment.Consent };
        basis.AcceptOnlyFromAmong(JgzAssignment.Consent, JgzAssignment.NoticeToParents);
        var from = new Option<DateOnly>("--from") { Description = "The day the assignment holds from; the previous one for the same location ends the day before", Required = true };
        var provenance = new Option<string?>("--provenance") { Description = "Where this comes from (default: set with hub directory set-jgz)" };
        var command = new Command("set-jgz", "Assign the JGZ serving a school location from a day") { brin, vestiging, org, basis, from, provenance };
        command.SetAction((parseResult, cancellationToken) => RunAsync((actions, _) => actions.SetJgzAsync(
            new JgzAssignment(
                parseResult.GetValue(brin)!.Trim().ToUpperInvariant(),
                parseResult.GetValue(vestiging)?.Trim() is { Length: > 0 } v ? v : null,
                parseResult.GetValue(org)!,
                parseResult.GetValue(basis)!,
                parseResult.GetValue(from),
                null,
                parseResult.GetValue(provenance) ?? "set with hub directory set-jgz",
                Illustrative: false),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(Func<DirectoryActions, IServiceProvider, Task<int>> action)
    {
        await using var services = HubServices.Build(s => s.AddDirectory());
        var actions = new DirectoryActions(services.GetRequiredService<NpgsqlDirectoryStore>(), Console.Out, Console.Error);
        return await action(actions, services);
    }
}
