using Dapper;
using IntegrationHub.Application.Retention;
using IntegrationHub.Infrastructure.Persistence.Retention;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>The retention purge on the real PostgreSQL: each kind at its term, the ledger by partitions, exact counts.</summary>
public sealed class RetentionPurgeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 9, 10, 10, 0, 0, TimeSpan.Zero);
    private readonly RetentionDatabase _hub = new();

    private IRetentionPurge Purge => _hub.Services.GetRequiredService<IRetentionPurge>();

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Theory]
    [InlineData("attendance_ledger", 730)]
    [InlineData("submissions", 730)]
    [InlineData("rejected_submissions", 730)]
    [InlineData("inbox", 730)]
    [InlineData("outbox", 730)]
    [InlineData("school_records", 730)]
    [InlineData("signals", 400)]
    [InlineData("pupil_state", 400)]
    [InlineData("finding_digest_items", 400)]
    public async Task Should_keep_a_row_a_day_before_its_term_and_remove_it_at_its_term_when_the_purge_runs(string table, int termDays)
    {
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow[table], "pupil-a", Recorded);

        var dayBefore = await Purge.PurgeAsync(Recorded.AddDays(termDays - 1), dryRun: false, null, CancellationToken.None);
        Assert.Equal(0, dayBefore.RowsOf(table));
        Assert.Equal(1, await CountAsync(table));

        var atTerm = await Purge.PurgeAsync(Recorded.AddDays(termDays), dryRun: false, null, CancellationToken.None);
        Assert.Equal(1, atTerm.RowsOf(table));
        Assert.Equal(0, await CountAsync(table));
    }

    [Fact]
    public async Task Should_keep_a_disclosure_a_day_before_its_term_and_remove_it_at_its_term_when_the_log_refuses_deletes_without_the_setting()
    {
        // The guard another part of the hub puts on the disclosure log, as its own migration will: deletes only by the purge.
        await Seed.ExecAsync(_hub.DataSource, """
            CREATE FUNCTION test_disclosures_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF coalesce(current_setting('hub.retention_purge', true), '') <> 'on' THEN RAISE EXCEPTION 'disclosures are append-only'; END IF;
              RETURN OLD;
            END $$;
            CREATE TRIGGER test_disclosures_guard BEFORE DELETE ON disclosures FOR EACH ROW EXECUTE FUNCTION test_disclosures_guard();
            """, new { });
        await Seed.DisclosureAsync(_hub, "pupil-a", Recorded);
        await Assert.ThrowsAsync<PostgresException>(() => Seed.ExecAsync(_hub.DataSource, "DELETE FROM disclosures", new { }));

        var dayBefore = await Purge.PurgeAsync(Recorded.AddDays(1095 - 1), dryRun: false, null, CancellationToken.None);
        Assert.Equal((0, 1), (dayBefore.RowsOf("disclosures"), await CountAsync("disclosures")));

        var atTerm = await Purge.PurgeAsync(Recorded.AddDays(1095), dryRun: false, null, CancellationToken.None);
        Assert.Equal((1, 0), (atTerm.RowsOf("disclosures"), await CountAsync("disclosures")));
    }

    [Fact]
    public async Task Should_keep_a_melding_of_2026_2027_until_31_july_2028_and_remove_it_with_its_history_on_1_august_2028_when_the_register_term_ends()
    {
        var lastDay = await Seed.MeldingAsync(_hub.DataSource, "pupil-a", Local(2027, 7, 1, 9), sentAt: Local(2027, 7, 31, 23));
        var nextYear = await Seed.MeldingAsync(_hub.DataSource, "pupil-b", Local(2027, 7, 30, 9), sentAt: Local(2027, 8, 1, 0, 30));

        var lastMinute = await Purge.PurgeAsync(Local(2028, 7, 31, 23, 59), dryRun: false, null, CancellationToken.None);
        Assert.Equal((0, 2L), (lastMinute.RowsOf("meldingen"), await CountAsync("meldingen")));

        var firstOfAugust = await Purge.PurgeAsync(Local(2028, 8, 1, 0), dryRun: false, null, CancellationToken.None);

        Assert.Equal((1, 1), (firstOfAugust.RowsOf("meldingen"), firstOfAugust.RowsOf("melding_history")));
        var left = await _hub.DataSource.CountAsync("SELECT count(*) FROM meldingen WHERE melding_id = @nextYear", new { nextYear });
        Assert.Equal(1, left);
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM melding_history WHERE melding_id = @lastDay", new { lastDay }));
        Assert.Equal(1, await CountAsync("melding_history"));
    }

    [Fact]
    public async Task Should_drop_whole_months_past_the_term_and_delete_only_the_rest_row_by_row_when_the_ledger_is_purged()
    {
        string[] at = ["2025-12-15T08:00:00Z", "2026-09-03T08:00:00Z", "2026-09-28T08:00:00Z", "2026-10-02T08:00:00Z", "2026-10-15T08:00:00Z"];
        foreach (var recorded in at)
        {
            await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], "pupil-a", DateTimeOffset.Parse(recorded));
        }

        // Past the term: everything recorded up to 5 October 2026. September is past it whole; October only in part.
        var report = await Purge.PurgeAsync(new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero).AddDays(730), dryRun: false, null, CancellationToken.None);

        var ledger = Assert.Single(report.Tables, t => t.Table == "attendance_ledger");
        Assert.Equal(4, ledger.Rows);
        Assert.Contains("attendance_ledger_2026_09", ledger.DroppedPartitions);
        Assert.DoesNotContain("attendance_ledger_2026_10", ledger.DroppedPartitions);
        Assert.Equal(9, ledger.DroppedPartitions.Count); // January to September 2026
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM pg_class WHERE relname = 'attendance_ledger_2026_09'"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pg_class WHERE relname = 'attendance_ledger_2026_10'"));
        Assert.Equal(1, await CountAsync("attendance_ledger"));
        Assert.Equal(0, await CountAsync("attendance_ledger_default"));
    }

    [Fact]
    public async Task Should_report_exactly_what_was_removed_and_count_the_same_in_a_dry_run_when_a_whole_pupil_is_past_every_term()
    {
        var old = Recorded.AddDays(-800);
        await SeedPupilAsync("pupil-old", old);
        await SeedPupilAsync("pupil-new", Recorded);
        var asOf = Recorded.AddDays(1);
        var before = await CountsAsync();

        var dry = await Purge.PurgeAsync(asOf, dryRun: true, null, CancellationToken.None);
        Assert.Equal(before, await CountsAsync());

        var real = await Purge.PurgeAsync(asOf, dryRun: false, null, CancellationToken.None);
        var after = await CountsAsync();

        Assert.True(dry.DryRun);
        foreach (var target in PurgeTargets.All)
        {
            Assert.Equal((target.Table, before[target.Table] - after[target.Table]), (target.Table, real.RowsOf(target.Table)));
            Assert.Equal((target.Table, real.RowsOf(target.Table)), (target.Table, dry.RowsOf(target.Table)));
        }

        // Everything of the old pupil went, its identity and school key last; nothing of the recent pupil.
        Assert.Equal(1, real.RowsOf("pupil_identity"));
        Assert.Equal(1, real.RowsOf("school_pupils"));
        Assert.Equal(1, real.RowsOf("due_checks"));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_identity WHERE pseudonym = 'pupil-old'"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_identity WHERE pseudonym = 'pupil-new'"));
    }

    [Fact]
    public async Task Should_keep_the_identity_and_school_key_when_a_melding_of_the_pupil_is_still_within_its_term()
    {
        var old = Recorded.AddDays(-800);
        await SeedPupilAsync("pupil-a", old);
        await Seed.MeldingAsync(_hub.DataSource, "pupil-a", Recorded.AddDays(-30), Recorded.AddDays(-29));

        var report = await Purge.PurgeAsync(Recorded, dryRun: false, null, CancellationToken.None);

        Assert.Equal(0, report.RowsOf("pupil_identity"));
        Assert.Equal(0, report.RowsOf("school_pupils"));
        Assert.Equal(1, await CountAsync("pupil_identity"));
        Assert.Equal(1, await CountAsync("meldingen"));
        Assert.Equal(0, await CountAsync("signals"));
    }

    private async Task SeedPupilAsync(string pupil, DateTimeOffset at)
    {
        foreach (var sql in Seed.DatedRow.Values)
        {
            await Seed.RowAsync(_hub.DataSource, sql, pupil, at);
        }

        await Seed.RowAsync(_hub.DataSource, Seed.SchoolPupil, pupil, at);
        await Seed.RowAsync(_hub.DataSource, Seed.Identity, pupil, at, pupil == "pupil-old" ? "999990019" : "999990032");
        await Seed.RowAsync(_hub.DataSource, Seed.DueCheck, pupil, at);
        await Seed.MeldingAsync(_hub.DataSource, pupil, at, at);
        await Seed.DisclosureAsync(_hub, pupil, at.AddDays(-400));
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var target in PurgeTargets.All)
        {
            counts[target.Table] = await CountAsync(target.Table);
        }

        return counts;
    }

    private Task<long> CountAsync(string table) => _hub.DataSource.CountAsync($"SELECT count(*) FROM {table}");

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
