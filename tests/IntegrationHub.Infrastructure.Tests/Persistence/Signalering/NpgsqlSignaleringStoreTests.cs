using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Signalering;

/// <summary>Intake to ledger to signalering to signals and outbox, on the real PostgreSQL.</summary>
public sealed class NpgsqlSignaleringStoreTests : IAsyncLifetime
{
    private readonly SignaleringPipeline _hub = new();

    private ITestHarness Harness => _hub.Services.GetRequiredService<ITestHarness>();

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
    public async Task Should_store_a_concept_melding_and_tell_the_school_a_provisional_finding_when_sixteen_hours_are_recorded()
    {
        var recorded = await SubmitAsync([SignaleringMessages.Enrolled(), .. SignaleringMessages.SixteenLessonHours()]);

        await DeliverAsync(recorded);

        var signal = await SignalAsync("melding-16-uur");
        Assert.Equal(("active", "leerplicht"), (signal.Status, signal.Recipient));
        Assert.Equal((new DateTime(2026, 9, 8), new DateTime(2026, 9, 29), new DateTime(2026, 10, 6)), (signal.Begindatum, signal.Einddatum, signal.DueDate));
        // This school was never connected (no melder settings), so the melding cannot be made: it stays a concept.
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM meldingen WHERE kind = 'melding-16-uur' AND state = 'concept'"));
        Assert.Empty(await OutboxBodiesAsync("IntegrationHub.Application.Messaging.VerzuimmeldingReady", destination: null));
        var school = await OutboxBodiesAsync("IntegrationHub.Contracts.V1.FindingRaised", "queue:school.34CD.feedback");
        Assert.Contains(school, body => body.Contains("\"melding-16-uur\"", StringComparison.Ordinal)
            && JsonDocument.Parse(body).RootElement.GetProperty("lvsPupilKey").GetString() == "vo-7"
            && JsonDocument.Parse(body).RootElement.GetProperty("isProvisional").GetBoolean());
        Assert.All(school, body => Assert.DoesNotContain(SignaleringMessages.Bsn, body, StringComparison.Ordinal));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM pupil_state WHERE state IS NOT NULL"));
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_events_are_delivered_again()
    {
        var recorded = await SubmitAsync([SignaleringMessages.Enrolled(), .. SignaleringMessages.SixteenLessonHours()]);
        await DeliverAsync(recorded);
        await SignalAsync("melding-16-uur");
        var outboxBefore = await _hub.DataSource.CountAsync("SELECT count(*) FROM outbox");
        var inboxBefore = await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox");

        await DeliverAsync(recorded);

        Assert.Equal(outboxBefore, await _hub.DataSource.CountAsync("SELECT count(*) FROM outbox"));
        Assert.Equal(inboxBefore, await _hub.DataSource.CountAsync("SELECT count(*) FROM inbox"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM signals WHERE kind = 'melding-16-uur'"));
    }

    [Fact]
    public async Task Should_let_the_concept_lapse_quietly_and_tell_only_the_school_when_a_correction_removes_its_basis_before_it_settled()
    {
        await DeliverAsync(await SubmitAsync([SignaleringMessages.Enrolled(), .. SignaleringMessages.SixteenLessonHours()]));
        await SignalAsync("melding-16-uur");
        // The state keeps a week of registrations in full (Signalering:DetailDays): 8 September is folded, so the
        // correction below reaches behind the state and is answered from the ledger.
        Assert.Equal(1, await _hub.DataSource.CountAsync(
            "SELECT count(*) FROM pupil_state WHERE (state->>'DetailFrom')::date > date '2026-09-08' AND NOT EXISTS (SELECT 1 FROM json_object_keys(state->'Registrations') k WHERE k LIKE '%20260908%')"));

        await DeliverAsync(await SubmitAsync([SignaleringMessages.CorrectionToOvermacht()]));

        var signal = await SignalAsync("melding-16-uur", status: "withdrawn");
        Assert.NotNull(signal.WithdrawalReason);
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM meldingen WHERE kind = 'melding-16-uur' AND state = 'vervallen'"));
        Assert.Equal(1, await _hub.DataSource.CountAsync("SELECT count(*) FROM finding_digest_items WHERE brin = '34CD' AND finding_id LIKE 'melding-16-uur:%' AND payload->>'change' = 'vervallen'"));
        Assert.Empty(await OutboxBodiesAsync("IntegrationHub.Application.Messaging.VerzuimmeldingWithdrawn", destination: null));
    }

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

    private async Task<SignalRow> SignalAsync(string kind, string status = "active")
    {
        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleOrDefaultAsync<SignalRow>(
            "SELECT status, recipient, begindatum, einddatum, due_date, withdrawal_reason FROM signals WHERE kind = @kind AND status = @status",
            new { kind, status });
        return Assert.IsType<SignalRow>(row);
    }

    private async Task<IReadOnlyList<string>> OutboxBodiesAsync(string messageType, string? destination)
    {
        await using var connection = await _hub.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT body::text FROM outbox WHERE message_type = @messageType AND destination IS NOT DISTINCT FROM @destination",
            new { messageType, destination });
        return rows.ToList();
    }

    private sealed class SignalRow
    {
        public string Status { get; set; } = "";

        public string Recipient { get; set; } = "";

        public DateTime Begindatum { get; set; }

        public DateTime? Einddatum { get; set; }

        public DateTime? DueDate { get; set; }

        public string? WithdrawalReason { get; set; }
    }
}
