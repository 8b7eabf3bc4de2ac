using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

/// <summary>
/// CBS imports on the real PostgreSQL. A full import closes every gemeente valid on its day that it leaves out, so each
/// test here uses its own gemeente codes and its own years, and asserts only about those.
/// </summary>
public sealed class GemeenteImportTests(DirectoryDatabase db) : IClassFixture<DirectoryDatabase>
{
    private const string CbsHeader = "RegioS;Naam_2;Code_36;Naam_37;Code_16;Naam_17";

    [Fact]
    public async Task Should_load_a_csv_with_other_headers_when_its_columns_are_configured()
    {
        var reader = new CbsGemeenteReader(Options.Create(new CbsColumnOptions
        {
            GemeenteCode = "Gemeentecode", GemeenteNaam = "Gemeentenaam", RmcRegionCode = "RMC-regio code", RmcRegionName = "RMC-regio naam",
            GgdRegionCode = "GGD-regio code", GgdRegionName = "GGD-regio naam",
        }));
        const string csv = """
            "Gemeentenaam";"Gemeentecode";"GGD-regio code";"GGD-regio naam";"RMC-regio code";"RMC-regio naam";"Inwonertal"
            "Eerstedorp";"GM9201  ";"GG9002";"GGD Proef";"MC92";"Proefregio";"12345"
            "Tweedestad";"9202";"GG9002";"GGD Proef";"mc92";"Proefregio";"678"
            """;

        var gemeenten = reader.Read(new StringReader(csv), "custom.csv", "CBS test export");
        await db.Store.ImportGemeentenAsync(gemeenten, new DateOnly(2030, 1, 1), closeMissing: false, CancellationToken.None);

        Assert.Equal(
            [new CbsGemeente("GM9201", "Eerstedorp", "MC92", "Proefregio", "GG9002", "GGD Proef", "CBS test export"), new CbsGemeente("GM9202", "Tweedestad", "MC92", "Proefregio", "GG9002", "GGD Proef", "CBS test export")],
            gemeenten);
        Assert.Equal("Tweedestad", (await db.FindAsync("GM9202", new DateOnly(2030, 6, 1)))!.GemeenteNaam);
    }

    [Fact]
    public void Should_name_the_setting_and_the_columns_when_a_mapped_column_is_missing()
    {
        var reader = new CbsGemeenteReader(Options.Create(new CbsColumnOptions()));

        var error = Assert.Throws<DirectoryDataException>(() => reader.Read(new StringReader("Gemeentecode;Gemeentenaam\nGM9203;X\n"), "export.csv", "p"));

        Assert.Contains("no column 'RegioS' (setting Directory:CbsColumns:GemeenteCode)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gemeentecode, Gemeentenaam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_row_whose_rmc_column_holds_no_rmc_code_when_the_mapping_points_at_the_wrong_column()
    {
        var reader = new CbsGemeenteReader(Options.Create(new CbsColumnOptions()));
        var csv = CbsHeader + "\nGM9204;Ergens;RE12;Energieregio;GG9002;GGD Proef\n";

        var error = Assert.Throws<DirectoryDataException>(() => reader.Read(new StringReader(csv), "export.csv", "p"));

        Assert.Equal("export.csv, row 1: 'RE12' in column 'Code_36' is not an RMC region code (MCxx).", error.Message);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_cbs_file_is_imported_twice()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cbs-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, CbsHeader + "\nGM9211;Eendorp;MC92;Proefregio;GG9002;GGD Proef\nGM9212;Tweedorp;MC92;Proefregio;GG9002;GGD Proef\n");
        var reader = db.Services.GetRequiredService<CbsGemeenteReader>();
        var from = new DateOnly(2032, 1, 1);
        try
        {
            var first = await db.Store.ImportGemeentenAsync(reader.Read(file, "CBS test"), from, closeMissing: true, CancellationToken.None);
            var rowsAfterFirst = await db.Store.GemeentenOnAsync(from, null, CancellationToken.None);
            var second = await db.Store.ImportGemeentenAsync(reader.Read(file, "CBS test"), from, closeMissing: true, CancellationToken.None);
            var rowsAfterSecond = await db.Store.GemeentenOnAsync(from, null, CancellationToken.None);

            Assert.Equal(2, first.Opened);
            Assert.Equal(new GemeenteImportResult(0, 0, 0, 2), second);
            Assert.Equal(rowsAfterFirst, rowsAfterSecond);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Should_route_by_the_old_gemeente_before_a_merger_and_by_the_new_one_after_when_next_years_table_is_imported()
    {
        var year1 = new DateOnly(2034, 1, 1);
        var merger = new DateOnly(2035, 1, 1);
        await db.ImportAsync(year1, closeMissing: true, DirectoryDatabase.Gemeente("GM9221", rmc: "MC92"), DirectoryDatabase.Gemeente("GM9222", rmc: "MC92"), DirectoryDatabase.Gemeente("GM9224", rmc: "MC92"));
        await db.SetLeerplichtAsync("GM9221", await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9221"), year1);
        await db.SetLeerplichtAsync("GM9222", await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9222"), year1);

        var result = await db.ImportAsync(merger, closeMissing: true, DirectoryDatabase.Gemeente("GM9223", rmc: "MC92"), DirectoryDatabase.Gemeente("GM9224", rmc: "MC93"));
        await db.SetLeerplichtAsync("GM9223", await db.OrganisationAsync(PartnerKind.Leerplicht, "rbl-9223"), merger);

        Assert.Equal((1, 1, 0), (result.Opened, result.Changed, result.Unchanged));
        Assert.True(result.Closed >= 2);
        var dayBefore = merger.AddDays(-1);
        Assert.Equal("lp-9221", (await db.FindAsync("GM9221", dayBefore))!.Leerplicht!.OrganisationId);
        Assert.Null(await db.FindAsync("GM9221", merger));
        Assert.Null(await db.FindAsync("GM9222", merger));
        Assert.Null(await db.FindAsync("GM9223", dayBefore));
        Assert.Equal("rbl-9223", (await db.FindAsync("GM9223", merger))!.Leerplicht!.OrganisationId);
        Assert.Equal("MC92", (await db.Store.GemeentenOnAsync(dayBefore, "GM9224", CancellationToken.None)).Single().Gemeente.RmcRegionCode);
        Assert.Equal("MC93", (await db.Store.GemeentenOnAsync(merger, "GM9224", CancellationToken.None)).Single().Gemeente.RmcRegionCode);
    }
}
