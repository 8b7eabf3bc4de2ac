using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Signalering;

/// <summary>
/// Batches on the real PostgreSQL: a batch stores exactly what one-by-one processing stores, applies a repeated message
/// once, and a message that fails does not take the rest of its batch with it. Each pipeline has its own database.
/// </summary>
public sealed class SignaleringBatchTests
{
    /// <summary>Everything signalering stores, as text, without what differs between two runs anyway (outbox message ids).</summary>
    private static readonly string[] StoredRows =
    [
        "SELECT pupil_pseudonym, brin, vestiging, state::text, version FROM pupil_state ORDER BY 1, 2, 3",
        "SELECT signal_id, pupil_pseudonym, kind, recipient, status, begindatum, einddatum, due_date, payload::text, raised_at, updated_at, withdrawn_at, withdrawal_reason FROM signals ORDER BY 1",
        "SELECT melding_id, finding_id, pupil_pseudonym, kind, state, begindatum, einddatum, deadline, settles_at, follows_melding_id, payload::text, sent_notice::text, created_at, updated_at FROM meldingen ORDER BY 1",
        "SELECT melding_id, at, event, state, detail FROM melding_history ORDER BY melding_id, id",
        "SELECT brin, vestiging, finding_id, pupil_pseudonym, payload::text, changed_at FROM finding_digest_items ORDER BY 1, 2, 3, 4",
        "SELECT kind, subject, due_at FROM due_checks ORDER BY 1, 2",
        "SELECT destination, message_type, body::text FROM outbox WHERE message_type <> 'IntegrationHub.Application.Messaging.PupilEventsRecorded' ORDER BY body->>'findingId', message_type, sequence",
        "SELECT count(*) FROM inbox WHERE consumer = 'signalering'",
    ];

    [Fact]
    public async Task Should_store_exactly_what_one_by_one_processing_stores_when_a_batch_holds_several_events_of_several_pupils()
    {
        var submissions = Submissions();
        var oneByOne = await RunAsync(batchSize: 1, submissions, recorded => recorded);
        var batched = await RunAsync(batchSize: submissions.Count, submissions, recorded => recorded.Reverse());

        Assert.Contains(oneByOne, rows => rows.Contains("melding-16-uur", StringComparison.Ordinal));
        Assert.Contains(oneByOne, rows => rows.Contains("withdrawn", StringComparison.Ordinal));
        Assert.Equal(oneByOne, batched);
    }

    [Fact]
    public async Task Should_apply_a_message_once_when_a_batch_holds_it_twice()
    {
        var submissions = Submissions();
        var once = await RunAsync(batchSize: 1, submissions, recorded => recorded);
        var twice = await RunAsync(batchSize: submissions.Count + 1, submissions, recorded => [.. recorded, recorded[5]]);

        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task Should_commit_the_rest_of_the_batch_exactly_once_and_fault_only_the_bad_message_when_one_message_fails()
    {
        var submissions = Submissions();
        var good = await RunAsync(batchSize: 1, submissions, recorded => recorded);
        PupilEventRecorded? poison = null;

        var withPoison = await RunAsync(batchSize: submissions.Count + 1, submissions, recorded =>
        {
            poison = recorded[3] with { MessageId = Guid.NewGuid(), LedgerSequence = 999_999, Payload = "{ not json", RecordedAt = SignaleringPipeline.Now };
            return [.. recorded.Take(10), poison, .. recorded.Skip(10)];
        }, expectFaults: 1);

        Assert.Equal(good, withPoison);
        Assert.NotNull(poison);
    }

    [Fact]
    public async Task Should_commit_every_other_event_exactly_once_and_fault_the_message_when_one_event_of_an_intake_batch_fails()
    {
        var submissions = Submissions();
        var good = await RunAsync(batchSize: 1, submissions, recorded => recorded);

        var withPoison = await RunAsync(batchSize: 1, submissions, recorded =>
        {
            var poison = recorded[3] with { MessageId = Guid.NewGuid(), LedgerSequence = 999_999, Payload = "{ not json", RecordedAt = SignaleringPipeline.Now };
            return [.. recorded.Take(10), poison, .. recorded.Skip(10)];
        }, expectFaults: 1, asOneMessage: true);

        Assert.Equal(good, withPoison);
    }

    [Fact]
    public async Task Should_store_nothing_and_leave_the_inbox_unmarked_when_a_batch_is_not_committed()
    {
        var hub = new SignaleringPipeline();
        await hub.InitializeAsync();
        try
        {
            var recorded = await hub.RecordAsync([SignaleringMessages.Enrolled()]);
            var store = hub.Services.GetRequiredService<ISignaleringStore>();
            var school = new Domain.Events.SchoolLocation("34CD", "00");

            await using (var batch = await store.BeginBatchAsync([new SignaleringDelivery(recorded[0].MessageId, recorded[0].Pupil, school)], CancellationToken.None))
            {
                Assert.False(batch.IsRepeat(recorded[0].MessageId));
            }

            Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM inbox WHERE consumer = 'signalering'"));
            Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM pupil_state"));
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    /// <summary>Two pupils: one reaches 16 hours; the other reaches them too, and a correction then withdraws the finding.</summary>
    private static List<Application.Intake.InboundSubmission> Submissions() =>
    [
        SignaleringMessages.Enrolled(), .. SignaleringMessages.SixteenLessonHours(),
        SignaleringMessages.Enrolled(SignaleringMessages.OtherPupil), .. SignaleringMessages.SixteenLessonHours(SignaleringMessages.OtherPupil),
        SignaleringMessages.CorrectionToOvermacht(SignaleringMessages.OtherPupil),
    ];

    /// <summary>Records the submissions in a fresh pipeline, delivers the messages <paramref name="deliver"/> picks, and reads back what was stored.</summary>
    private static async Task<List<string>> RunAsync(
        int batchSize, IReadOnlyList<Application.Intake.InboundSubmission> submissions,
        Func<IReadOnlyList<PupilEventRecorded>, IEnumerable<PupilEventRecorded>> deliver, int expectFaults = 0, bool asOneMessage = false)
    {
        var hub = new SignaleringPipeline(batchSize);
        await hub.InitializeAsync();
        var harness = hub.Services.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            var events = deliver(await hub.RecordAsync(submissions)).ToList();
            List<PupilEventsRecorded> messages = asOneMessage ? [new PupilEventsRecorded(events)] : [.. events.Select(e => new PupilEventsRecorded([e]))];
            foreach (var message in messages)
            {
                await harness.Bus.Publish(message);
            }

            for (var i = 0; i < 600 && harness.Consumed.Select<PupilEventsRecorded>().Count() < messages.Count; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal(messages.Count, harness.Consumed.Select<PupilEventsRecorded>().Count());
            Assert.Equal(expectFaults > 0, await harness.Published.Any<Fault<PupilEventsRecorded>>());
            Assert.Equal(expectFaults, harness.Published.Select<Fault<PupilEventsRecorded>>().Count());
            Assert.Equal(expectFaults, harness.Consumed.Select<PupilEventsRecorded>().Count(c => c.Exception is not null));
            await using var connection = await hub.DataSource.OpenConnectionAsync();
            var stored = new List<string>();
            foreach (var sql in StoredRows)
            {
                var rows = await connection.QueryAsync(sql);
                stored.Add(string.Join('\n', rows.Select(r => string.Join(" | ", ((IDictionary<string, object?>)r).Values))));
            }

            return stored;
        }
        finally
        {
            await harness.Stop();
            await hub.DisposeAsync();
        }
    }
}
