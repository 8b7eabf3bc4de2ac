using Dapper;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Retention;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>
/// Erasure on the real PostgreSQL (clock: 23 November 2026): what no legal term holds goes; a melding the hub sent this
/// school year, its history, the identity it needs, its unsent message and the legal disclosure entries stay, and are
/// reported with the reason and until when.
/// </summary>
public sealed class PupilErasureTests : IAsyncLifetime
{
    private const string Bsn = "999990019";
    private const string OtherBsn = "999990032";
    private static readonly DateTimeOffset Recent = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly RetentionDatabase _hub = new();

    private IPupilErasure Erasure => _hub.Services.GetRequiredService<IPupilErasure>();

    private string Pupil => Pseudonym(Bsn);

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Should_erase_what_no_term_holds_and_report_what_the_register_term_holds_when_a_sent_melding_is_within_it()
    {
        var held = await SeedPupilWithHeldMeldingAsync();

        var report = await Erasure.EraseAsync(new PupilNummer(NummerSoort.Bsn, Bsn), dryRun: false, CancellationToken.None);

        Assert.Equal(ExpectedErased, report.Erased.Where(e => e.Rows > 0).Select(e => (e.Table, e.Rows)).OrderBy(e => e.Table).ToArray());
        Assert.Equal(0, report.ErasedRows("pupil_identity"));
        Assert.Equal(
            [("disclosures", 1L), ("melding_history", 1L), ("meldingen", 1L), ("outbox", 1L), ("pupil_identity", 1L)],
            report.Held.Select(h => (h.Table, h.Rows)).OrderBy(h => h.Table).ToArray());
        Assert.Equal(new DateOnly(2028, 7, 31), report.HeldIn("meldingen")!.KeptUntil);
        Assert.Equal(new DateOnly(2028, 7, 31), report.HeldIn("pupil_identity")!.KeptUntil);
        Assert.All(report.Held, h => Assert.False(string.IsNullOrWhiteSpace(h.Reason)));

        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM meldingen WHERE melding_id = @held", new { held }));
        foreach (var table in new[] { "attendance_ledger", "pupil_state", "signals", "finding_digest_items", "school_records", "school_pupils" })
        {
            Assert.Equal((table, 0L), (table, await _hub.DataSource.CountAsync($"SELECT count(*) FROM {table} WHERE pupil_pseudonym = @Pupil", new { Pupil })));
        }

        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM rejected_submissions WHERE position(convert_to(@Bsn, 'UTF8') in raw_body) > 0", new { Bsn }));
        // Another pupil, and the message-id-only tables, are untouched.
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE pupil_pseudonym = @p", new { p = Pseudonym(OtherBsn) }));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM rejected_submissions"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox"));

        var lookup = _hub.Services.GetRequiredService<DisclosureSubjectProtector>().Lookup(Pupil);
        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var entries = (await connection.QueryAsync<(string Activity, string Status)>(
            "SELECT activity_id, status FROM disclosures WHERE subject_lookup = @lookup ORDER BY disclosure_id", new { lookup })).ToList();
        Assert.Equal([("verzuimmelding-leerplicht/v1", "sent"), ("wissing/v1", "sent")], entries);
    }

    [Fact]
    public async Task Should_erase_everything_of_the_pupil_and_hold_nothing_when_no_melding_was_made_within_the_term()
    {
        await Seed.RowAsync(_hub.DataSource, Seed.Identity, Pupil, Recent, Bsn);
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], Pupil, Recent);
        await Seed.MeldingAsync(_hub.DataSource, Pupil, Recent, sentAt: null, state: "concept");
        await Seed.MeldingAsync(_hub.DataSource, Pupil, new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await Seed.DisclosureAsync(_hub, Pupil, Recent);

        var report = await Erasure.EraseAsync(new PupilNummer(NummerSoort.Bsn, Bsn), dryRun: false, CancellationToken.None);

        Assert.Empty(report.Held);
        Assert.Equal((2, 2, 1, 1, 1), (report.ErasedRows("meldingen"), report.ErasedRows("melding_history"), report.ErasedRows("pupil_identity"),
            report.ErasedRows("disclosures"), report.ErasedRows("attendance_ledger")));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_identity"));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM meldingen"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE activity_id = 'wissing/v1' AND status = 'sent'"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM disclosures"));
    }

    [Fact]
    public async Task Should_report_the_same_and_change_nothing_when_the_erasure_is_a_dry_run()
    {
        await SeedPupilWithHeldMeldingAsync();
        var before = await TotalRowsAsync();

        var dry = await Erasure.EraseAsync(new PupilNummer(NummerSoort.Bsn, Bsn), dryRun: true, CancellationToken.None);

        Assert.Equal(before, await TotalRowsAsync());
        Assert.Null(dry.DisclosureMessageId);
        var real = await Erasure.EraseAsync(new PupilNummer(NummerSoort.Bsn, Bsn), dryRun: false, CancellationToken.None);
        Assert.Equal(real.Erased, dry.Erased);
        Assert.Equal(real.Held, dry.Held);
        Assert.NotNull(real.DisclosureMessageId);
    }

    private static readonly (string, long)[] ExpectedErased =
    [
        ("attendance_ledger", 1), ("disclosures", 1), ("due_checks", 1), ("finding_digest_items", 1), ("melding_history", 2), ("meldingen", 2),
        ("outbox", 2), ("pupil_state", 1), ("rejected_submissions", 1), ("school_pupils", 1), ("school_records", 1), ("signals", 1),
    ];

    /// <summary>
    /// The pupil's data of this autumn, a melding sent in October (school year 2026-2027: held until 31 July 2028), a
    /// concept and a melding of 2023-2024 (past its term), an unsent message of the held melding and one of a finding, a
    /// legal and a consent-based disclosure; and another pupil's ledger row and rejected message.
    /// </summary>
    private async Task<Guid> SeedPupilWithHeldMeldingAsync()
    {
        foreach (var sql in Seed.DatedRow.Values)
        {
            await Seed.RowAsync(_hub.DataSource, sql, Pupil, Recent, Bsn);
        }

        await Seed.RowAsync(_hub.DataSource, Seed.SchoolPupil, Pupil, Recent);
        await Seed.RowAsync(_hub.DataSource, Seed.Identity, Pupil, Recent, Bsn);
        await Seed.RowAsync(_hub.DataSource, Seed.DueCheck, Pupil, Recent);
        var held = await Seed.MeldingAsync(_hub.DataSource, Pupil, Recent, Recent.AddDays(4));
        await Seed.MeldingAsync(_hub.DataSource, Pupil, Recent, sentAt: null, state: "concept");
        await Seed.MeldingAsync(_hub.DataSource, Pupil, new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await Seed.OutboxAsync(_hub.DataSource, Pupil, held, Recent.AddDays(4), sent: false);
        await Seed.OutboxAsync(_hub.DataSource, Pupil, meldingId: null, Recent, sent: false);
        await Seed.DisclosureAsync(_hub, Pupil, Recent.AddDays(4));
        await Seed.DisclosureAsync(_hub, Pupil, Recent, recipient: "jgz.ggd-utrecht", consentId: "consent-1");
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["attendance_ledger"], Pseudonym(OtherBsn), Recent);
        await Seed.RowAsync(_hub.DataSource, Seed.DatedRow["rejected_submissions"], Pseudonym(OtherBsn), Recent, OtherBsn);
        return held;
    }

    private async Task<long> TotalRowsAsync()
    {
        long total = 0;
        foreach (var table in new[] { "attendance_ledger", "submissions", "rejected_submissions", "inbox", "outbox", "school_records", "signals", "pupil_state",
                     "finding_digest_items", "meldingen", "melding_history", "due_checks", "disclosures", "school_pupils", "pupil_identity" })
        {
            total += await _hub.DataSource.CountAsync($"SELECT count(*) FROM {table}");
        }

        return total;
    }

    private string Pseudonym(string bsn) => _hub.Services.GetRequiredService<PupilPseudonymiser>().Pseudonymise(NummerSoort.Bsn, bsn);
}
