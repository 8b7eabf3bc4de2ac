using IntegrationHub.Application.Console.School;
using IntegrationHub.Infrastructure.Persistence.Console.School;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Console.School;

/// <summary>
/// The school screens' read side on the real PostgreSQL: one school's BRIN in every query, so another school's melding,
/// finding or advice never comes back; search, paging and the "beslissing nodig" filter.
/// </summary>
public sealed class SchoolConsoleQueryTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private NpgsqlSchoolConsoleQuery Query => new(hub.DataSource);

    [Fact]
    public async Task Should_list_only_the_schools_own_meldingen_with_their_duo_and_partner_status_when_two_schools_have_meldingen()
    {
        var (own, other) = (SchoolConsoleSeed.NewBrin(), SchoolConsoleSeed.NewBrin());
        var mine = await hub.DataSource.MeldingAsync(own, "pupil-a");
        await hub.DataSource.PupilKeyAsync(own, "pupil-a", "lvs-a-1");
        await hub.DataSource.DuoAsync(mine, own, "B", "M" + Guid.NewGuid().ToString("N")[..10]);
        await hub.DataSource.PartnerStatusAsync(mine, "in-behandeling", DateTimeOffset.UtcNow.AddHours(-2));
        await hub.DataSource.PartnerStatusAsync(mine, "afgesloten", DateTimeOffset.UtcNow.AddHours(-1), "terug-naar-school");
        await hub.DataSource.MeldingAsync(other, "pupil-b");
        await hub.DataSource.MeldingAsync(own, "pupil-c", state: "concept");

        var page = await Query.MeldingenAsync(own, null, false, 0, 25, CancellationToken.None);

        var row = Assert.Single(page.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal((mine, "lvs-a-1", "gereed", "B", "afgesloten", false), (row.MeldingId, row.LvsPupilKey, row.State, row.DuoStatus, row.PartnerStatus, row.DecisionRequired));
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task Should_return_no_melding_when_the_melding_belongs_to_another_school()
    {
        var (own, other) = (SchoolConsoleSeed.NewBrin(), SchoolConsoleSeed.NewBrin());
        var theirs = await hub.DataSource.MeldingAsync(other, "pupil-x");

        Assert.Null(await Query.MeldingAsync(own, theirs, CancellationToken.None));
        Assert.NotNull(await Query.MeldingAsync(other, theirs, CancellationToken.None));
    }

    [Fact]
    public async Task Should_show_the_open_question_history_and_statuses_when_a_melding_needs_a_decision()
    {
        var brin = SchoolConsoleSeed.NewBrin();
        var melding = await hub.DataSource.MeldingAsync(brin, "pupil-d", decisionRequired: true);
        await hub.DataSource.HistoryAsync(melding, "gereed", "gereed");
        await hub.DataSource.HistoryAsync(melding, "beslissing-nodig", "gereed");
        await hub.DataSource.DuoAsync(melding, brin, "R", "M" + Guid.NewGuid().ToString("N")[..10]);
        await hub.DataSource.PartnerStatusAsync(melding, "in-behandeling", DateTimeOffset.UtcNow);

        var detail = await Query.MeldingAsync(brin, melding, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.True(detail.Melding.DecisionRequired);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.Zero), detail.DecisionRequestedAt);
        Assert.Equal("Les 2026-09-08 gecorrigeerd: overmacht", detail.DecisionReason);
        Assert.Equal((16m, 4), (detail.VerzuimUren, detail.VerzuimDagen));
        Assert.Equal(["gereed", "beslissing-nodig"], detail.History.Select(h => h.Event));
        Assert.Equal(["duo", "partner"], detail.Statuses.Select(s => s.Source));
        Assert.Equal(("R", "GM0014"), (detail.Statuses[0].Status, detail.Statuses[0].Organisation));
    }

    [Fact]
    public async Task Should_put_decisions_first_filter_them_and_page_when_a_school_has_many_meldingen()
    {
        var brin = SchoolConsoleSeed.NewBrin();
        for (var i = 0; i < 5; i++)
        {
            await hub.DataSource.MeldingAsync(brin, "pupil-p" + i, createdAt: DateTimeOffset.UtcNow.AddMinutes(i));
        }

        var asking = await hub.DataSource.MeldingAsync(brin, "pupil-q", decisionRequired: true, createdAt: DateTimeOffset.UtcNow.AddDays(-10));

        var first = await Query.MeldingenAsync(brin, null, false, 0, 2, CancellationToken.None);
        var last = await Query.MeldingenAsync(brin, null, false, 4, 2, CancellationToken.None);
        var decisions = await Query.MeldingenAsync(brin, null, true, 0, 25, CancellationToken.None);

        Assert.Equal((6, 2, asking), (first.Total, first.Items.Count, first.Items[0].MeldingId));
        Assert.Equal((6, 2), (last.Total, last.Items.Count));
        Assert.Equal(asking, Assert.Single(decisions.Items).MeldingId);
    }

    [Fact]
    public async Task Should_find_meldingen_by_the_schools_pupil_key_and_treat_wildcards_as_text_when_searching()
    {
        var brin = SchoolConsoleSeed.NewBrin();
        var found = await hub.DataSource.MeldingAsync(brin, "pupil-s1");
        await hub.DataSource.PupilKeyAsync(brin, "pupil-s1", "lvs_4711");
        await hub.DataSource.MeldingAsync(brin, "pupil-s2");
        await hub.DataSource.PupilKeyAsync(brin, "pupil-s2", "lvs-9999");

        var byKey = await Query.MeldingenAsync(brin, "4711", false, 0, 25, CancellationToken.None);
        var wildcard = await Query.MeldingenAsync(brin, "s_4", false, 0, 25, CancellationToken.None);
        var percent = await Query.MeldingenAsync(brin, "%", false, 0, 25, CancellationToken.None);

        Assert.Equal(found, Assert.Single(byKey.Items).MeldingId);
        Assert.Equal(found, Assert.Single(wildcard.Items).MeldingId);
        Assert.Empty(percent.Items);
    }

    [Fact]
    public async Task Should_list_the_schools_active_provisional_findings_only_when_some_became_meldingen_or_lapsed()
    {
        var (own, other) = (SchoolConsoleSeed.NewBrin(), SchoolConsoleSeed.NewBrin());
        var open = await hub.DataSource.FindingAsync(own, "pupil-f1");
        await hub.DataSource.PupilKeyAsync(own, "pupil-f1", "lvs-f1");
        var sent = await hub.DataSource.FindingAsync(own, "pupil-f2");
        await hub.DataSource.MakeMeldingOfFindingAsync(own, sent);
        await hub.DataSource.FindingAsync(own, "pupil-f3", status: "withdrawn");
        await hub.DataSource.FindingAsync(own, "pupil-f4", recipient: "school");
        await hub.DataSource.FindingAsync(other, "pupil-f5");

        var page = await Query.FindingsAsync(own, null, 0, 25, CancellationToken.None);

        var row = Assert.Single(page.Items);
        Assert.Equal((open, "lvs-f1", "leerplicht", new DateOnly(2026, 10, 6)), (row.FindingId, row.LvsPupilKey, row.Recipient, row.DueDate));
        Assert.Equal(1, (await Query.FindingsAsync(own, "lvs-f", 0, 25, CancellationToken.None)).Total);
        Assert.Equal(0, (await Query.FindingsAsync(own, "nothing-like-it", 0, 25, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task Should_list_only_advice_passed_on_to_the_school_when_some_was_withheld_or_is_another_schools()
    {
        var (own, other) = (SchoolConsoleSeed.NewBrin(), SchoolConsoleSeed.NewBrin());
        await hub.DataSource.AdviceAsync(own, "pupil-j1", passedOn: true);
        await hub.DataSource.AdviceAsync(own, "pupil-j2", passedOn: false);
        await hub.DataSource.AdviceAsync(other, "pupil-j3", passedOn: true);

        var page = await Query.JgzAdviceAsync(own, null, 0, 25, CancellationToken.None);

        var advice = Assert.Single(page.Items);
        Assert.Equal(("jgz-test", "gedeeltelijk", "beperkt", "rustplek"), (advice.Organisation, advice.Participation, advice.LoadCapacity, Assert.Single(advice.Adjustments)));
    }
}
