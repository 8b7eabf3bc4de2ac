using IntegrationHub.Infrastructure.Persistence.Directory;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

public sealed class GemeenteImportPlanTests
{
    private static readonly DateOnly Year2025 = new(2025, 1, 1);
    private static readonly DateOnly Year2026 = new(2026, 1, 1);
    private static readonly Dictionary<string, DateOnly> NoLaterRows = [];

    [Fact]
    public void Should_change_nothing_when_the_table_in_force_is_imported_again()
    {
        var table = new[] { DirectoryDatabase.Gemeente("GM0001"), DirectoryDatabase.Gemeente("GM0002") };
        var current = table.Select(g => new GemeentePeriod(g, Year2025, null)).ToArray();

        var plan = GemeenteImportPlan.Create(current, NoLaterRows, table, Year2025, closeMissing: true);

        Assert.Equal(new GemeenteImportResult(0, 0, 0, 2), plan.Result);
        Assert.Empty(plan.Open);
        Assert.Empty(plan.Close);
        Assert.Empty(plan.Correct);
    }

    [Fact]
    public void Should_close_a_vanished_gemeente_the_day_before_when_next_years_full_table_is_imported()
    {
        var current = new[] { new GemeentePeriod(DirectoryDatabase.Gemeente("GM0001"), Year2025, null), new GemeentePeriod(DirectoryDatabase.Gemeente("GM0002"), Year2025, null) };

        var plan = GemeenteImportPlan.Create(current, NoLaterRows, [DirectoryDatabase.Gemeente("GM0001"), DirectoryDatabase.Gemeente("GM0003")], Year2026, closeMissing: true);

        Assert.Equal([("GM0002", Year2025, new DateOnly(2025, 12, 31))], plan.Close);
        Assert.Equal(["GM0003"], plan.Open.Select(p => p.Gemeente.Code));
        Assert.Equal(new GemeenteImportResult(1, 0, 1, 1), plan.Result);
    }

    [Fact]
    public void Should_keep_a_gemeente_the_table_leaves_out_when_the_table_is_partial()
    {
        var current = new[] { new GemeentePeriod(DirectoryDatabase.Gemeente("GM0002"), Year2025, null) };

        var plan = GemeenteImportPlan.Create(current, NoLaterRows, [DirectoryDatabase.Gemeente("GM0001")], Year2026, closeMissing: false);

        Assert.Empty(plan.Close);
        Assert.Equal(new GemeenteImportResult(1, 0, 0, 0), plan.Result);
    }

    [Fact]
    public void Should_open_a_row_from_the_import_day_and_close_the_old_one_when_a_gemeentes_region_changed()
    {
        var current = new[] { new GemeentePeriod(DirectoryDatabase.Gemeente("GM0001", rmc: "MC90"), Year2025, null) };

        var plan = GemeenteImportPlan.Create(current, NoLaterRows, [DirectoryDatabase.Gemeente("GM0001", rmc: "MC91")], Year2026, closeMissing: true);

        Assert.Equal([("GM0001", Year2025, new DateOnly(2025, 12, 31))], plan.Close);
        var opened = Assert.Single(plan.Open);
        Assert.Equal(("MC91", Year2026, (DateOnly?)null), (opened.Gemeente.RmcRegionCode, opened.ValidFrom, opened.ValidUntil));
        Assert.Equal(new GemeenteImportResult(0, 1, 0, 0), plan.Result);
    }

    [Fact]
    public void Should_end_a_new_row_before_a_later_table_when_an_older_table_is_imported_afterwards()
    {
        var later = new Dictionary<string, DateOnly> { ["GM0001"] = Year2026 };

        var plan = GemeenteImportPlan.Create([], later, [DirectoryDatabase.Gemeente("GM0001")], Year2025, closeMissing: false);

        Assert.Equal(new DateOnly(2025, 12, 31), Assert.Single(plan.Open).ValidUntil);
    }
}
