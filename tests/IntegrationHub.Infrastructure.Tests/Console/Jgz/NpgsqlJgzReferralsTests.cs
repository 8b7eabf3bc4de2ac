using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Infrastructure.Persistence.Console.Jgz;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Console.Jgz;

/// <summary>The JGZ's read model: only referrals sent to the organisation, in the JGZ projection, with the advice given.</summary>
public sealed class NpgsqlJgzReferralsTests(MigratedDatabase db) : IClassFixture<MigratedDatabase>
{
    private NpgsqlJgzReferrals Store => new(db.DataSource);

    [Fact]
    public async Task Should_list_only_referrals_sent_to_the_organisation_when_others_are_blocked_or_another_jgzs()
    {
        var (sent, _) = await db.DataSource.ReferralAsync("jgz-own-list", "21AA");
        await db.DataSource.ReferralAsync("jgz-own-list", "21AA", state: "blocked");
        await db.DataSource.ReferralAsync("jgz-own-list", "21AA", state: "pending");
        await db.DataSource.ReferralAsync("jgz-other-list", "21AA");

        var page = await Store.ListAsync("jgz-own-list", new JgzReferralFilter(null, IncludeAnswered: true), 0, 25, CancellationToken.None);

        var item = Assert.Single(page.Items);
        Assert.Equal((sent, "7-aaneengesloten-schooldagen-ziek", 7, 1), (item.ReferralId, item.Criterion, item.SickDays, page.Total));
    }

    [Fact]
    public async Task Should_find_nothing_when_the_referral_was_sent_to_another_jgz()
    {
        var (other, _) = await db.DataSource.ReferralAsync("jgz-other-find", "22AA");

        Assert.Null(await Store.FindAsync("jgz-own-find", other, CancellationToken.None));
    }

    [Fact]
    public async Task Should_show_the_delivered_referral_and_its_advice_and_leave_it_out_of_the_open_list_when_advice_was_given()
    {
        var (referralId, pupil) = await db.DataSource.ReferralAsync("jgz-advice", "23AA");
        await db.DataSource.AdviceAsync("jgz-advice", referralId, pupil, "23AA");

        var detail = await Store.FindAsync("jgz-advice", referralId, CancellationToken.None);
        var open = await Store.ListAsync("jgz-advice", new JgzReferralFilter(null, IncludeAnswered: false), 0, 25, CancellationToken.None);
        var byPseudonym = await Store.ListAsync("jgz-advice", new JgzReferralFilter(pupil, IncludeAnswered: true), 0, 25, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal((pupil, "vo"), (detail.Referral!.PupilPseudonym, detail.Referral.SchoolType));
        Assert.Equal("gedeeltelijk", Assert.Single(detail.Advices).Participation);
        Assert.Equal(["rustmomenten"], detail.Advices[0].Adjustments);
        Assert.Empty(open.Items);
        Assert.Equal(referralId, Assert.Single(byPseudonym.Items).ReferralId);
    }
}
