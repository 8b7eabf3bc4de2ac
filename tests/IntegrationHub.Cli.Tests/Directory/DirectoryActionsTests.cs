using IntegrationHub.Cli.Commands;
using IntegrationHub.Cli.Directory;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Tests.Directory;

public sealed class DirectoryActionsTests(DirectoryCliDatabase db) : IClassFixture<DirectoryCliDatabase>
{
    private static readonly DateOnly MeldingDay = new(2026, 10, 5);
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private DirectoryActions Actions => new(db.Store, _output, _error);

    [Fact]
    public async Task Should_show_the_gemeentes_routes_and_their_provenance_when_show_is_given_a_gemeente()
    {
        var exit = await Actions.ShowAsync(MeldingDay, "0344", CancellationToken.None);

        var lines = _output.ToString().Split('\n');
        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.StartsWith("GM0344    Utrecht", StringComparison.Ordinal) && l.Contains("mc19", StringComparison.Ordinal) && l.Contains("lp-utrecht *", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("kwalificatieplicht  lp-utrecht-jongeren *", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("GM0344 provenance: transcribed, not verified against CBS 86059NED", StringComparison.Ordinal));
        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task Should_exit_1_and_name_the_organisation_when_set_leerplicht_names_an_unknown_organisation()
    {
        var route = new LeerplichtRoute("GM0307", null, "rbl-does-not-exist", true, false, new DateOnly(2026, 1, 1), null, "test", false);

        var exit = await Actions.SetLeerplichtAsync(route, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("hub directory set-leerplicht: Unknown organisation 'rbl-does-not-exist'", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal("rbl-eem-en-vallei", (await db.Directory.FindGemeenteAsync("GM0307", MeldingDay, [], CancellationToken.None))!.Leerplicht!.OrganisationId);
    }

    [Fact]
    public async Task Should_exit_1_when_show_is_given_a_gemeente_that_is_not_in_the_directory()
    {
        var exit = await Actions.ShowAsync(MeldingDay, "GM0999", CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("Unknown gemeente 'GM0999'", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_that_nothing_changed_when_the_shipped_files_are_loaded_again()
    {
        var exit = await Actions.LoadAsync(db.Services.GetRequiredService<DirectoryLoader>(), DirectoryCliDatabase.DataDirectory, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("Nothing changed: the directory already holds these files.", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_naming_the_missing_column_when_import_cbs_reads_a_file_that_does_not_fit_the_mapping()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"cbs-{Guid.NewGuid():N}.csv"));
        await File.WriteAllTextAsync(file.FullName, "Gemeentecode;Gemeentenaam\nGM0344;Utrecht\n");
        try
        {
            var exit = await Actions.ImportCbsAsync(db.Services.GetRequiredService<CbsGemeenteReader>(), file, new DateOnly(2026, 1, 1), partial: false, provenance: null, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("no column 'RegioS' (setting Directory:CbsColumns:GemeenteCode)", _error.ToString(), StringComparison.Ordinal);
            Assert.NotNull(await db.Directory.FindGemeenteAsync("GM0307", new DateOnly(2026, 6, 1), [], CancellationToken.None));
        }
        finally
        {
            file.Delete();
        }
    }

    [Fact]
    public void Should_refuse_a_mazl_basis_other_than_consent_or_notice_to_parents_when_parsing_set_jgz()
    {
        var parsed = DirectoryCommand.Create().Parse("set-jgz --brin 12AB --org jgz-utrecht --from 2026-01-01 --basis implied");

        Assert.NotEmpty(parsed.Errors);
    }
}
