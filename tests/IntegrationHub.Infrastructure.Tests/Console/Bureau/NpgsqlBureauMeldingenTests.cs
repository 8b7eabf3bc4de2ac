using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Infrastructure.Persistence.Console.Bureau;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Console.Bureau;

/// <summary>The bureau's read model: only the organisation's own meldingen, open ones by default, the notification as delivered.</summary>
public sealed class NpgsqlBureauMeldingenTests(MigratedDatabase db) : IClassFixture<MigratedDatabase>
{
    private NpgsqlBureauMeldingen Store => new(db.DataSource);

    [Fact]
    public async Task Should_list_only_the_organisations_own_meldingen_when_another_organisation_has_meldingen_too()
    {
        var own = await db.DataSource.MeldingAsync("lp-own-list", "11AA", "999990011", "M-0011");
        await db.DataSource.MeldingAsync("lp-other-list", "11AA", "999990012", "M-0012");

        var page = await Store.ListAsync("lp-own-list", new BureauInboxFilter(null, IncludeClosed: false), 0, 25, CancellationToken.None);

        Assert.Equal(1, page.Total);
        var item = Assert.Single(page.Items);
        Assert.Equal((own, "M-0011", "R", "11AA"), (item.MeldingId, item.Meldingsnummer, item.DuoStatus, item.Brin));
    }

    [Fact]
    public async Task Should_find_nothing_when_the_melding_was_routed_to_another_organisation()
    {
        var other = await db.DataSource.MeldingAsync("lp-other-find", "12AA", "999990021", "M-0021");

        Assert.Null(await Store.FindAsync("lp-own-find", other, CancellationToken.None));
        Assert.NotNull(await Store.FindAsync("lp-other-find", other, CancellationToken.None));
    }

    [Fact]
    public async Task Should_show_the_delivered_notification_and_the_statuses_set_when_the_organisation_opens_its_melding()
    {
        var meldingId = await db.DataSource.MeldingAsync("lp-detail", "13AA", "999990031", "M-0031");
        await db.DataSource.StatusAsync("lp-detail", meldingId, "in-behandeling");

        var melding = await Store.FindAsync("lp-detail", meldingId, CancellationToken.None);

        Assert.NotNull(melding);
        Assert.Equal(("999990031", "GM0344", 16m), (melding.Notification!.PersoonsgebondenNummer, melding.Notification.Woongemeente, melding.Notification.VerzuimUren));
        Assert.Equal(("in-behandeling", "M. Leerplicht"), (Assert.Single(melding.StatusesSet).Status, melding.StatusesSet[0].ContactNaam));
        Assert.Equal("in-behandeling", melding.Summary.LastStatus);
    }

    [Fact]
    public async Task Should_leave_a_closed_melding_out_of_the_inbox_unless_all_are_asked_for()
    {
        var open = await db.DataSource.MeldingAsync("lp-closed", "14AA", "999990041", "M-0041");
        var closed = await db.DataSource.MeldingAsync("lp-closed", "14AA", "999990042", "M-0042");
        await db.DataSource.StatusAsync("lp-closed", closed, "afgesloten", "terug-naar-school");

        var inbox = await Store.ListAsync("lp-closed", new BureauInboxFilter(null, IncludeClosed: false), 0, 25, CancellationToken.None);
        var all = await Store.ListAsync("lp-closed", new BureauInboxFilter(null, IncludeClosed: true), 0, 25, CancellationToken.None);

        Assert.Equal([open], inbox.Items.Select(i => i.MeldingId));
        Assert.Equal(2, all.Total);
    }

    [Fact]
    public async Task Should_find_a_melding_by_meldingsnummer_or_by_the_pupils_pseudonym_and_page_the_rest_when_searching()
    {
        for (var i = 0; i < 3; i++)
        {
            await db.DataSource.MeldingAsync("lp-search", "15AA", $"99999005{i}", $"M-005{i}", routedAt: DateTimeOffset.UtcNow.AddMinutes(-i));
        }

        // The nummer is looked up once (a POST in the console) and the list filters by the pseudonym, never by the nummer
        // in the query text: a nummer typed in the address matches nothing.
        var pupil = await Store.FindPupilAsync("lp-search", "999990051", CancellationToken.None);
        var otherOrganisation = await Store.FindPupilAsync("lp-elsewhere", "999990051", CancellationToken.None);
        var byPupil = await Store.ListAsync("lp-search", new BureauInboxFilter(null, false, pupil), 0, 25, CancellationToken.None);
        var nummerAsText = await Store.ListAsync("lp-search", new BureauInboxFilter("999990051", false), 0, 25, CancellationToken.None);
        var byMeldingsnummer = await Store.ListAsync("lp-search", new BureauInboxFilter("M-0052", false), 0, 25, CancellationToken.None);
        var secondPage = await Store.ListAsync("lp-search", new BureauInboxFilter(null, false), 2, 2, CancellationToken.None);

        Assert.NotNull(pupil);
        Assert.DoesNotContain("999990051", pupil, StringComparison.Ordinal);
        Assert.Null(otherOrganisation);
        Assert.Equal("M-0051", Assert.Single(byPupil.Items).Meldingsnummer);
        Assert.Empty(nummerAsText.Items);
        Assert.Equal("M-0052", Assert.Single(byMeldingsnummer.Items).Meldingsnummer);
        Assert.Equal((3, "M-0052"), (secondPage.Total, Assert.Single(secondPage.Items).Meldingsnummer));
    }

    [Fact]
    public async Task Should_mark_a_melding_overdue_when_duo_registered_it_longer_ago_than_the_term_and_nothing_was_set()
    {
        var now = DateTimeOffset.UtcNow;
        var old = await db.DataSource.MeldingAsync("lp-overdue", "16AA", "999990061", "M-0061", registeredAt: now.AddDays(-20));
        var handled = await db.DataSource.MeldingAsync("lp-overdue", "16AA", "999990062", "M-0062", registeredAt: now.AddDays(-20));
        await db.DataSource.StatusAsync("lp-overdue", handled, "in-behandeling");

        var page = await Store.ListAsync("lp-overdue", new BureauInboxFilter(null, false), 0, 25, CancellationToken.None);

        var items = page.Items.ToDictionary(i => i.MeldingId);
        Assert.True(BureauMarkers.IsOverdue(items[old], now, 14));
        Assert.True(BureauMarkers.IsNew(items[old]));
        Assert.False(BureauMarkers.IsOverdue(items[handled], now, 14));
        Assert.Equal(DateOnly.FromDateTime(now.AddDays(-6).UtcDateTime), BureauMarkers.DueOn(items[old], 14));
    }
}
