using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Retention;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Retention;
using IntegrationHub.Infrastructure.Tests.Persistence.Retention;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>
/// The DUO tables under erasure and the purge (clock: 23 November 2026): a pupil's DUO rows go with the meldingen no term
/// holds, and stay (reported) with a melding the register term holds; a request that still waits is never purged.
/// </summary>
public sealed class DuoRetentionTests : IAsyncLifetime
{
    private const string Bsn = "999990019";
    private static readonly DateTimeOffset Recent = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Old = Recent.AddDays(-800);
    private readonly RetentionDatabase _hub = new();

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Should_erase_the_duo_rows_of_an_old_melding_and_hold_those_of_a_melding_within_the_register_term_when_a_pupil_is_erased()
    {
        var pupil = _hub.Services.GetRequiredService<PupilPseudonymiser>().Pseudonymise(NummerSoort.Bsn, Bsn);
        await Seed.RowAsync(_hub.DataSource, Seed.Identity, pupil, Old, Bsn);
        var held = await Seed.MeldingAsync(_hub.DataSource, pupil, Recent, Recent);
        var old = await Seed.MeldingAsync(_hub.DataSource, pupil, Old, Old);
        await DuoRowsAsync(held, pupil, "M-held", Recent, done: true);
        await DuoRowsAsync(old, pupil, "M-old", Old, done: true);

        var report = await _hub.Services.GetRequiredService<IPupilErasure>().EraseAsync(new PupilNummer(NummerSoort.Bsn, Bsn), dryRun: false, CancellationToken.None);

        Assert.Equal((1L, 1L, 1L), (report.ErasedRows("duo_meldingen"), report.ErasedRows("duo_outbox"), report.ErasedRows("duo_melding_statuses")));
        Assert.Equal((1L, 1L, 1L), (report.HeldIn("duo_meldingen")!.Rows, report.HeldIn("duo_outbox")!.Rows, report.HeldIn("duo_melding_statuses")!.Rows));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_meldingen WHERE melding_id = @held", new { held }));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_meldingen WHERE melding_id = @old", new { old }));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_melding_statuses WHERE meldingsnummer = 'M-old'"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_melding_statuses WHERE meldingsnummer = 'M-held'"));
    }

    [Fact]
    public async Task Should_purge_the_duo_rows_past_their_term_but_never_a_request_that_still_waits()
    {
        var gone = Guid.NewGuid();
        var waiting = Guid.NewGuid();
        await DuoRowsAsync(gone, "pupil-gone", "M-gone", Old, done: true);
        await DuoRowsAsync(waiting, "pupil-waiting", "M-waiting", Old, done: false);

        var report = await _hub.Services.GetRequiredService<IRetentionPurge>().PurgeAsync(_hub.Clock.GetUtcNow(), dryRun: false, null, CancellationToken.None);

        Assert.Equal((1L, 1L, 1L), (report.RowsOf("duo_meldingen"), report.RowsOf("duo_outbox"), report.RowsOf("duo_melding_statuses")));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @waiting AND done_at IS NULL", new { waiting }));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM duo_meldingen WHERE melding_id = @waiting", new { waiting }));
        Assert.Contains(PurgeTargets.All, t => t.Table == "duo_outbox");
        Assert.Contains(PupilTables.All, t => t.Table == "duo_meldingen");
    }

    /// <summary>A registered melding at DUO with its melden request and its status R, all dated <paramref name="at"/>.</summary>
    private Task DuoRowsAsync(Guid meldingId, string pupil, string meldingsnummer, DateTimeOffset at, bool done) =>
        Seed.ExecAsync(_hub.DataSource, """
            INSERT INTO duo_meldingen (melding_id, pupil_pseudonym, brin, vestiging, soort, begindatum, made_at, meldingsnummer, registered_at, status, created_at)
            VALUES (@MeldingId, @Pupil, '34CD', '00', 'V3', @At::date, @At, @Meldingsnummer, @At, 'R', @At);
            INSERT INTO duo_outbox (request_id, melding_id, pupil_pseudonym, operation, body, created_at, done_at, outcome)
            VALUES (gen_random_uuid(), @MeldingId, @Pupil, 'mutatie', '{}', @At, CASE WHEN @Done THEN @At END, CASE WHEN @Done THEN 'accepted' END);
            INSERT INTO duo_melding_statuses (meldingsnummer, status, status_at, melding_id, recorded_at) VALUES (@Meldingsnummer, 'R', @At, @MeldingId, @At);
            """, new { MeldingId = meldingId, Pupil = pupil, Meldingsnummer = meldingsnummer, At = at.ToUniversalTime(), Done = done });
}
