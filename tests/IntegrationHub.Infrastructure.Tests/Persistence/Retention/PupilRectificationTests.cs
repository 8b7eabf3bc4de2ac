using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Retention;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Persistence.Signalering;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>
/// Rectification of a BSN through the real intake and signalering: the school's events before and after the correction
/// end up on one pupil, so the rules add them up, and the correction is in the disclosure log.
/// </summary>
public sealed class PupilRectificationTests : IAsyncLifetime
{
    private const string CorrectedBsn = "999998006"; // the test range 999990000..999999999, never a real BSN
    private static readonly PupilRef Wrong = new() { PersoonsgebondenNummer = SignaleringMessages.Bsn, NummerSoort = NummerSoort.Bsn, LvsPupilKey = "vo-7" };
    private static readonly PupilRef Right = new() { PersoonsgebondenNummer = CorrectedBsn, NummerSoort = NummerSoort.Bsn, LvsPupilKey = "vo-7" };
    private readonly RetentionDatabase _hub = new(signalering: true);

    private ITestHarness Harness => _hub.Services.GetRequiredService<ITestHarness>();

    private IPupilRectification Rectification => _hub.Services.GetRequiredService<IPupilRectification>();

    private string OldPupil => Pseudonym(SignaleringMessages.Bsn);

    private string NewPupil => Pseudonym(CorrectedBsn);

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        await Harness.Start();
    }

    public async Task DisposeAsync()
    {
        await Harness.Stop();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Should_count_the_hours_before_and_after_the_correction_for_one_pupil_when_the_bsn_is_rectified()
    {
        await DeliverAsync(await SubmitAsync([SignaleringMessages.Enrolled(Wrong), .. SignaleringMessages.SixteenLessonHours(Wrong).Take(8)]));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM signals WHERE kind = 'melding-16-uur'"));

        var report = await Rectification.RectifyAsync(new PupilNummer(NummerSoort.Bsn, SignaleringMessages.Bsn), new PupilNummer(NummerSoort.Bsn, CorrectedBsn), CancellationToken.None);
        await DeliverAsync(await SubmitAsync(SignaleringMessages.SixteenLessonHours(Right).Skip(8)));

        // One pupil: 8 lesson hours under the wrong BSN and 8 under the corrected one make the 16-uur finding.
        Assert.Equal(1, await _hub.DataSource.CountAsync(
            "SELECT count(*) FROM signals WHERE kind = 'melding-16-uur' AND status = 'active' AND pupil_pseudonym = @p AND signal_id LIKE '%' || @p || '%'", new { p = NewPupil }));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_state"));
        Assert.Equal(17, await _hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE pupil_pseudonym = @p", new { p = NewPupil }));
        Assert.Equal(9, report.Changed.Single(c => c.Table == "attendance_ledger").Rows);
        foreach (var (table, text) in PseudonymColumns)
        {
            Assert.Equal((table, 0L), (table, await _hub.DataSource.CountAsync($"SELECT count(*) FROM {table} WHERE {text} LIKE '%' || @p || '%'", new { p = OldPupil })));
        }

        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var identity = Assert.Single(await connection.QueryAsync<(string Pseudonym, string Nummer)>("SELECT pseudonym, persoonsgebonden_nummer FROM pupil_identity"));
        Assert.Equal((NewPupil, CorrectedBsn), identity);
        var lookup = _hub.Services.GetRequiredService<DisclosureSubjectProtector>().Lookup(NewPupil);
        var logged = Assert.Single(await connection.QueryAsync<(string Activity, string Basis, string Status, Guid MessageId)>(
            "SELECT activity_id, legal_basis, status, message_id FROM disclosures WHERE subject_lookup = @lookup", new { lookup }));
        Assert.Equal(("rectificatie/v1", "AVG art. 16", "sent", report.DisclosureMessageId), logged);
    }

    [Fact]
    public async Task Should_move_the_disclosure_log_entries_to_the_corrected_pupil_when_the_bsn_is_rectified()
    {
        await DeliverAsync(await SubmitAsync([SignaleringMessages.Enrolled(Wrong)]));
        await Seed.DisclosureAsync(_hub, OldPupil, _hub.Clock.GetUtcNow().AddDays(-1));
        var protector = _hub.Services.GetRequiredService<DisclosureSubjectProtector>();

        await Rectification.RectifyAsync(new PupilNummer(NummerSoort.Bsn, SignaleringMessages.Bsn), new PupilNummer(NummerSoort.Bsn, CorrectedBsn), CancellationToken.None);

        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var subjects = (await connection.QueryAsync<byte[]>("SELECT subject_cipher FROM disclosures WHERE subject_lookup = @lookup", new { lookup = protector.Lookup(NewPupil) }))
            .Select(protector.Unprotect).ToList();
        Assert.Equal([NewPupil, NewPupil], subjects);
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE subject_lookup = @lookup", new { lookup = protector.Lookup(OldPupil) }));
    }

    [Fact]
    public async Task Should_refuse_and_change_nothing_when_the_corrected_bsn_already_has_rule_state_at_the_same_school()
    {
        await DeliverAsync(await SubmitAsync([SignaleringMessages.Enrolled(Wrong), SignaleringMessages.Enrolled(Right)]));

        await Assert.ThrowsAsync<PupilRightsRefusedException>(() => Rectification.RectifyAsync(
            new PupilNummer(NummerSoort.Bsn, SignaleringMessages.Bsn), new PupilNummer(NummerSoort.Bsn, CorrectedBsn), CancellationToken.None));

        Assert.Equal(2, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_state"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_identity WHERE pseudonym = @p", new { p = OldPupil }));
        Assert.Equal(0, await _hub.DataSource.CountAsync("SELECT count(*) FROM disclosures"));
    }

    [Theory]
    [InlineData("999990018")] // fails the elfproef
    [InlineData("12345")]
    public async Task Should_refuse_when_the_corrected_nummer_is_not_a_valid_bsn(string corrected)
    {
        await DeliverAsync(await SubmitAsync([SignaleringMessages.Enrolled(Wrong)]));

        await Assert.ThrowsAsync<PupilRightsRefusedException>(() => Rectification.RectifyAsync(
            new PupilNummer(NummerSoort.Bsn, SignaleringMessages.Bsn), new PupilNummer(NummerSoort.Bsn, corrected), CancellationToken.None));

        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_identity WHERE pseudonym = @p", new { p = OldPupil }));
    }

    private static readonly (string Table, string Text)[] PseudonymColumns =
    [
        ("attendance_ledger", "pupil_pseudonym || payload::text"),
        ("pupil_state", "pupil_pseudonym || coalesce(state::text, '')"),
        ("signals", "pupil_pseudonym || signal_id || payload::text"),
        ("meldingen", "pupil_pseudonym || finding_id || payload::text"),
        ("finding_digest_items", "pupil_pseudonym || finding_id || payload::text"),
        ("school_pupils", "pupil_pseudonym"),
        ("school_records", "pupil_pseudonym"),
        ("due_checks", "subject"),
        ("outbox", "body::text"),
        ("pupil_identity", "pseudonym"),
    ];

    private string Pseudonym(string bsn) => _hub.Services.GetRequiredService<PupilPseudonymiser>().Pseudonymise(NummerSoort.Bsn, bsn);

    private async Task<IReadOnlyList<PupilEventRecorded>> SubmitAsync(IEnumerable<InboundSubmission> submissions)
    {
        var intake = _hub.Services.GetRequiredService<IIntakeService>();
        var ids = new List<Guid>();
        foreach (var submission in submissions)
        {
            var result = await intake.SubmitAsync(submission, CancellationToken.None);
            Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
            ids.Add(result.MessageId!.Value);
        }

        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var bodies = await connection.QueryAsync<string>(
            OutboxRows.RecordedPupilEventsSql,
            new { ids = ids.ToArray() });
        return bodies.Select(b => JsonSerializer.Deserialize<PupilEventRecorded>(b, HubJson.Options)!).ToList();
    }

    private async Task DeliverAsync(IReadOnlyList<PupilEventRecorded> messages)
    {
        var consumedBefore = Harness.Consumed.Select<PupilEventsRecorded>().Count();
        foreach (var message in messages)
        {
            await Harness.Bus.Publish(new PupilEventsRecorded([message]));
        }

        for (var i = 0; i < 400 && Harness.Consumed.Select<PupilEventsRecorded>().Count() < consumedBefore + messages.Count; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(consumedBefore + messages.Count, Harness.Consumed.Select<PupilEventsRecorded>().Count());
        Assert.DoesNotContain(Harness.Consumed.Select<PupilEventsRecorded>(), c => c.Exception is not null);
    }
}
