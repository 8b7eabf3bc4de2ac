using CsCheck;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;

namespace IntegrationHub.Cli.Tests.Properties;

/// <summary>
/// The meldingen a school's facts lead to do not depend on the order in which its lessons arrive, nor on re-exports with
/// new message ids: the bundled sample feed and generated feeds of po and vo pupils go through the replay one lesson at a
/// time in random orders, and every run must make the same meldingen as the canonical in-order run, withdraw nothing
/// (only a school withdraws, and replay sends no decisions) and send each melding and its einddatum at most once.
/// <para>
/// Settling is time-driven by design: a melding is a formal act, made once the facts have settled (domain.md section 4),
/// and a fact that arrives after its melding was sent is a question to the school, never a change to the melding. So an
/// order that moves a fact across the moment a finding settles rightly gives other partner messages, and these
/// properties permute only what cannot cross a settle time: (a) the messages of one school day, all arriving at that
/// day's end, days in order, with re-exports of earlier lessons at later positions; (b) a whole feed arriving in one
/// burst at a single instant before anything can settle, compared with the in-order run of that same burst.
/// </para>
/// </summary>
public sealed class MeldingProperties
{
    private static readonly Lazy<List<FeedLine>> Sample = new(() =>
    {
        using var reader = new StreamReader(RepositoryPaths.SampleFeed);
        return [.. FeedFile.Read(reader)];
    });

    private static PartnerMessages Replay(IEnumerable<FeedLine> feed) =>
        new(new ReplayRunner().RunAsync(feed, CancellationToken.None).GetAwaiter().GetResult().Lines);

    private static void AssertSameMeldingen(PartnerMessages canonical, PartnerMessages run)
    {
        Assert.Equal(string.Join("\n", canonical.Meldingen()), string.Join("\n", run.Meldingen()));
        Assert.Equal(canonical.Einddata(), run.Einddata());
        Assert.Empty(run.OfType("VerzuimmeldingWithdrawn"));
        Assert.Empty(run.Other());
        Assert.All(run.OfType("VerzuimmeldingReady").Concat(run.OfType("VerzuimmeldingEinddatumSet"))
            .GroupBy(l => (l.MessageType, PartnerMessages.Text(l.Message, "meldingId"))), g => Assert.Single(g));
    }

    private static void WithinDays(List<FeedLine> feed, int seed)
    {
        var days = FeedArrivals.ByDay(feed);
        var canonical = Replay(days.SelectMany(d => d));
        // Not the generator's own stream: re-exports must not draw the same message ids as the feed's messages (a reused
        // message id is, by contract, the same message, and is answered as a duplicate).
        var random = new Random(unchecked((seed * 31) + 17));
        var run = Replay(FeedArrivals.ShuffledWithinDays(days, random, reExports: random.Next(1, 12)));
        AssertSameMeldingen(canonical, run);
    }

    [Fact]
    public void Should_make_meldingen_in_the_canonical_run_when_the_sample_feed_arrives_per_day()
    {
        var canonical = Replay(FeedArrivals.ByDay(Sample.Value).SelectMany(d => d));

        Assert.NotEmpty(canonical.Meldingen());
        Assert.Empty(canonical.OfType("VerzuimmeldingWithdrawn"));
    }

    [Fact]
    public void Should_make_the_same_meldingen_when_the_lessons_of_each_day_of_the_sample_feed_arrive_in_any_order_with_re_exports() =>
        Gen.Int[0, int.MaxValue].Sample(seed => WithinDays(Sample.Value, seed), iter: 30, threads: 1);

    [Fact]
    public void Should_make_the_same_meldingen_when_the_lessons_of_each_day_of_a_generated_feed_arrive_in_any_order_with_re_exports() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 6], Gen.Int[10, 30]).Sample(
            (seed, pupils, schoolDays) => WithinDays(AbsenceFeed.Generate(new Random(seed), pupils, schoolDays), seed),
            iter: 30,
            threads: 1);

    [Fact]
    public void Should_make_the_same_meldingen_when_a_generated_feed_arrives_in_one_burst_in_any_order() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 6]).Sample(
            (seed, pupils) =>
            {
                // Four school days (Monday 7 to Thursday 10 September 2026), arriving on Thursday evening: before any
                // finding can settle (24 h unchanged) or reach its deadline (at least 4 working days after its trigger).
                var feed = FeedArrivals.Burst(AbsenceFeed.Generate(new Random(seed), pupils, schoolDays: 4), FeedArrivals.EndOf(new DateOnly(2026, 9, 10)));
                var canonical = Replay(feed);
                var random = new Random(seed);
                var run = Replay(feed.OrderBy(_ => random.Next()));
                AssertSameMeldingen(canonical, run);
            },
            iter: 30,
            threads: 1);
}
