using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Directory;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

/// <summary>
/// The directory read as it stood on a day, on the real PostgreSQL. Each test uses its own gemeente codes (GM91xx) and
/// organisations, so the tests of this class share one database.
/// </summary>
public sealed class NpgsqlDirectoryTests(DirectoryDatabase db) : IClassFixture<DirectoryDatabase>
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly MeldingDay = new(2026, 10, 5);

    [Fact]
    public async Task Should_return_null_when_the_gemeente_is_not_in_the_directory()
    {
        Assert.Null(await db.FindAsync("GM9100", MeldingDay));
    }

    [Fact]
    public async Task Should_return_null_when_the_gemeente_is_not_valid_on_the_melding_date()
    {
        await db.ImportAsync(new DateOnly(2027, 1, 1), closeMissing: false, DirectoryDatabase.Gemeente("GM9101"));

        Assert.Null(await db.FindAsync("GM9101", MeldingDay));
        Assert.NotNull(await db.FindAsync("GM9101", new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task Should_leave_leerplicht_null_and_not_buy_mazl_when_no_leerplicht_row_is_valid()
    {
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9102"));

        var route = await db.FindAsync("GM9102", MeldingDay, "vo");

        Assert.NotNull(route);
        Assert.Null(route.Leerplicht);
        Assert.False(route.MazlBought);
    }

    [Fact]
    public async Task Should_route_to_the_alternative_of_the_first_pupil_kind_that_has_one_when_alternatives_exist()
    {
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9103"));
        await db.SetLeerplichtAsync("GM9103", await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9103"), From);
        await db.SetLeerplichtAsync("GM9103", await db.OrganisationAsync(PartnerKind.Leerplicht, "rbl-9103-kwal"), From, "kwalificatieplicht", notify: false);
        await db.SetLeerplichtAsync("GM9103", await db.OrganisationAsync(PartnerKind.Leerplicht, "rbl-9103-vso"), From, "vso");

        var vso = await db.FindAsync("GM9103", MeldingDay, "vso", "kwalificatieplicht");
        var kwalificatieplicht = await db.FindAsync("GM9103", MeldingDay, "mbo", "KWALIFICATIEPLICHT");
        var plain = await db.FindAsync("GM9103", MeldingDay, "vo");

        Assert.Equal("rbl-9103-vso", vso!.Leerplicht!.OrganisationId);
        Assert.Equal(("rbl-9103-kwal", false), (kwalificatieplicht!.Leerplicht!.OrganisationId, kwalificatieplicht.NotifyPartners));
        Assert.Equal(("lp-9103", true), (plain!.Leerplicht!.OrganisationId, plain.NotifyPartners));
        Assert.Equal(PartnerKind.Leerplicht, plain.Leerplicht.Kind);
    }

    [Fact]
    public async Task Should_route_to_the_rmc_organisation_of_the_region_and_leave_it_null_when_the_region_has_none()
    {
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9104", rmc: "MC94"), DirectoryDatabase.Gemeente("GM9105", rmc: "MC95"));
        await db.OrganisationAsync(PartnerKind.Rmc, "mc94");

        var withRmc = await db.FindAsync("GM9104", MeldingDay);
        var withoutRmc = await db.FindAsync("GM9105", MeldingDay);

        Assert.Equal(new PartnerOrganisation("mc94", PartnerKind.Rmc, "Organisation mc94"), withRmc!.Rmc);
        Assert.Null(withoutRmc!.Rmc);
    }

    [Fact]
    public async Task Should_route_by_the_row_of_the_melding_date_when_the_leerplicht_organisation_changed()
    {
        var change = new DateOnly(2026, 8, 1);
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9106"));
        await db.SetLeerplichtAsync("GM9106", await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9106-old"), From, mazl: false);

        var set = await db.SetLeerplichtAsync("GM9106", await db.OrganisationAsync(PartnerKind.Leerplicht, "rbl-9106-new"), change, mazl: true);
        var again = await db.SetLeerplichtAsync("GM9106", "rbl-9106-new", change, mazl: true);

        Assert.Equal((DirectoryChange.Superseded, DirectoryChange.Unchanged), (set, again));
        var before = await db.FindAsync("GM9106", change.AddDays(-1));
        var after = await db.FindAsync("GM9106", change);
        Assert.Equal(("lp-9106-old", false), (before!.Leerplicht!.OrganisationId, before.MazlBought));
        Assert.Equal(("rbl-9106-new", true), (after!.Leerplicht!.OrganisationId, after.MazlBought));
        var rows = await db.Store.LeerplichtOnAsync(change.AddDays(-1), "GM9106", CancellationToken.None);
        Assert.Equal(change.AddDays(-1), Assert.Single(rows).ValidUntil);
    }

    [Fact]
    public async Task Should_accept_duos_four_digit_code_when_finding_a_gemeente()
    {
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9107"));

        Assert.Equal("GM9107", (await db.FindAsync("9107", MeldingDay))!.GemeenteCode);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_organisation_an_organisation_of_another_kind_and_an_unknown_gemeente_when_setting_leerplicht()
    {
        await db.ImportAsync(From, closeMissing: false, DirectoryDatabase.Gemeente("GM9108"));
        var jgz = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-9108");
        var leerplicht = await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9108");

        var unknownOrganisation = await Assert.ThrowsAsync<DirectoryDataException>(() => db.SetLeerplichtAsync("GM9108", "no-such-org", From));
        var wrongKind = await Assert.ThrowsAsync<DirectoryDataException>(() => db.SetLeerplichtAsync("GM9108", jgz, From));
        var unknownGemeente = await Assert.ThrowsAsync<DirectoryDataException>(() => db.SetLeerplichtAsync("GM9199", leerplicht, From));

        Assert.Contains("Unknown organisation 'no-such-org'", unknownOrganisation.Message, StringComparison.Ordinal);
        Assert.Contains("is of kind jgz, not leerplicht", wrongKind.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown gemeente 'GM9199'", unknownGemeente.Message, StringComparison.Ordinal);
        Assert.Null((await db.FindAsync("GM9108", MeldingDay))!.Leerplicht);
    }

    [Fact]
    public async Task Should_prefer_the_vestiging_row_over_the_brin_row_and_fall_back_to_the_brin_row_for_other_vestigingen()
    {
        var all = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-91aa-all");
        var one = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-91aa-01");
        await db.Store.SetJgzAsync(new JgzAssignment("91AA", null, all, JgzAssignment.NoticeToParents, From, null, "test data", false), CancellationToken.None);
        await db.Store.SetJgzAsync(new JgzAssignment("91AA", "01", one, JgzAssignment.Consent, From, null, "test data", false), CancellationToken.None);

        var vestiging01 = await db.Directory.FindJgzAsync("91AA", "01", MeldingDay, CancellationToken.None);
        var vestiging02 = await db.Directory.FindJgzAsync("91AA", "02", MeldingDay, CancellationToken.None);
        var beforeAnyRow = await db.Directory.FindJgzAsync("91AA", "01", From.AddDays(-1), CancellationToken.None);
        var otherSchool = await db.Directory.FindJgzAsync("91AB", "00", MeldingDay, CancellationToken.None);

        Assert.Equal(new JgzService(new PartnerOrganisation(one, PartnerKind.Jgz, "Organisation " + one), "consent"), vestiging01);
        Assert.Equal(new JgzService(new PartnerOrganisation(all, PartnerKind.Jgz, "Organisation " + all), "notice-to-parents"), vestiging02);
        Assert.Null(beforeAnyRow);
        Assert.Null(otherSchool);
    }

    [Fact]
    public async Task Should_end_the_previous_jgz_the_day_before_when_a_school_gets_another_jgz()
    {
        var change = new DateOnly(2026, 9, 1);
        var first = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-91ba-first");
        var second = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-91ba-second");
        await db.Store.SetJgzAsync(new JgzAssignment("91BA", null, first, JgzAssignment.Consent, From, null, "test data", false), CancellationToken.None);

        var change1 = await db.Store.SetJgzAsync(new JgzAssignment("91BA", null, second, JgzAssignment.Consent, change, null, "test data", false), CancellationToken.None);

        Assert.Equal(DirectoryChange.Superseded, change1);
        Assert.Equal(first, (await db.Directory.FindJgzAsync("91BA", "00", change.AddDays(-1), CancellationToken.None))!.Organisation.OrganisationId);
        Assert.Equal(second, (await db.Directory.FindJgzAsync("91BA", "00", change, CancellationToken.None))!.Organisation.OrganisationId);
    }
}
