using System.Text;
using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>
/// A batch of submissions in one transaction on the real PostgreSQL (IIntakeService.SubmitBatchAsync over
/// NpgsqlIntakeStore): it records exactly what submitting them one by one records, or nothing at all.
/// </summary>
public sealed class IntakeBatchTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private static readonly SchoolIdentity SchoolB = new("34CD", "lvs-34CD");
    private static readonly SchoolIdentity SchoolC = new("56EF", "lvs-56EF");

    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    [Fact]
    public async Task Should_store_once_and_answer_the_repeat_as_duplicate_when_a_batch_holds_the_same_message_twice()
    {
        var messageId = Guid.NewGuid();
        var other = Guid.NewGuid();
        var submission = Samples.Submission(Samples.AttendanceRegistered(messageId, registrationId: NewId()));

        var results = await Intake.SubmitBatchAsync(
            [submission, Samples.Submission(Samples.AttendanceRegistered(other, registrationId: NewId())), submission], CancellationToken.None);

        Assert.Equal([(SubmissionOutcome.Accepted, false), (SubmissionOutcome.Accepted, false), (SubmissionOutcome.Accepted, true)],
            results.Select(r => (r.Outcome, r.IsDuplicate)));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @messageId", new { messageId }));
        var feedback = await hub.DataSource.FeedbackAsync(messageId);
        Assert.Equal([false, true], feedback.Select(row => JsonDocument.Parse(row.Body).RootElement.GetProperty("isDuplicate").GetBoolean()));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            OutboxRows.RecordedPupilEventCountSql, new { ids = new[] { messageId.ToString() } }));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @other", new { other }));
    }

    [Fact]
    public async Task Should_store_the_new_messages_of_a_batch_together_and_answer_one_seen_in_an_earlier_batch_as_duplicate()
    {
        var seen = Guid.NewGuid();
        var first = Guid.NewGuid();
        var last = Guid.NewGuid();
        var earlier = Samples.Submission(Samples.AttendanceRegistered(seen, registrationId: NewId()));
        await Intake.SubmitAsync(earlier, CancellationToken.None);

        var results = await Intake.SubmitBatchAsync(
            [Samples.Submission(Samples.AttendanceRegistered(first, registrationId: NewId())), earlier,
             Samples.Submission(Samples.AttendanceRegistered(last, registrationId: NewId()))], CancellationToken.None);

        Assert.Equal([(first, false), (seen, true), (last, false)], results.Select(r => (r.MessageId!.Value, r.IsDuplicate)));
        Assert.All(results, r => Assert.Equal(SubmissionOutcome.Accepted, r.Outcome));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @seen", new { seen }));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @seen", new { seen }));
        Assert.Equal(2, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM attendance_ledger WHERE message_id = ANY(@ids)", new { ids = new[] { first, last } }));
        Assert.Equal(2, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM submissions WHERE message_id = ANY(@ids) AND outcome = 'accepted' AND receive_count = 1", new { ids = new[] { first, last } }));
    }

    [Fact]
    public async Task Should_send_signalering_one_message_with_the_batch_s_pupil_events_in_ledger_order_when_a_batch_is_recorded()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();

        await Intake.SubmitBatchAsync([.. ids.Select(id => Samples.Submission(Samples.AttendanceRegistered(id, registrationId: NewId())))], CancellationToken.None);

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<string>("""
            SELECT body::text FROM outbox WHERE message_type = 'IntegrationHub.Application.Messaging.PupilEventsRecorded'
            AND (body->'events')::jsonb @> ANY(ARRAY(SELECT jsonb_build_array(jsonb_build_object('messageId', id)) FROM unnest(@ids::text[]) id))
            """, new { ids = ids.Select(id => id.ToString()).ToArray() })).ToList();
        var events = Assert.Single(rows);
        var carried = JsonDocument.Parse(events).RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("messageId").GetGuid(), e.GetProperty("ledgerSequence").GetInt64())).ToList();
        Assert.Equal(ids, carried.Select(e => e.Item1));
        var ledger = await connection.QueryAsync<(Guid, long)>(
            "SELECT message_id, sequence FROM attendance_ledger WHERE message_id = ANY(@ids) ORDER BY sequence", new { ids });
        Assert.Equal(ledger, carried);
    }

    [Fact]
    public async Task Should_record_nothing_of_the_batch_when_postgresql_refuses_one_of_its_messages()
    {
        var good = Guid.NewGuid();
        var poison = Guid.NewGuid();

        var refused = await PoisonAsync(hub.DataSource, poison);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Intake.SubmitBatchAsync(
            [Samples.Submission(Samples.AttendanceRegistered(good, registrationId: NewId())), refused], CancellationToken.None));

        Assert.Equal(0, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM submissions WHERE message_id IN (@good, @poison)", new { good, poison }));
        Assert.Equal(0, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM outbox WHERE body->>'messageId' IN (@a, @b)", new { a = good.ToString(), b = poison.ToString() }));
        Assert.Equal(0, await hub.DataSource.CountAsync(OutboxRows.RecordedPupilEventCountSql, new { ids = new[] { good.ToString(), poison.ToString() } }));
    }

    [Fact]
    public async Task Should_record_the_same_rows_and_feedback_as_one_by_one_when_a_batch_mixes_accepted_and_rejected()
    {
        var submissions = MixedBatch();
        var oneByOne = new MigratedDatabase();
        var batched = new MigratedDatabase();
        await oneByOne.InitializeAsync();
        await batched.InitializeAsync();
        try
        {
            var expected = new List<SubmissionResult>();
            foreach (var submission in submissions)
            {
                expected.Add(await oneByOne.Services.GetRequiredService<IIntakeService>().SubmitAsync(submission, CancellationToken.None));
            }

            var results = await batched.Services.GetRequiredService<IIntakeService>().SubmitBatchAsync(submissions, CancellationToken.None);

            Assert.Equal(
                ["Accepted", "Rejected attendance.minutes-range", "Rejected message.unparseable", "Rejected school.brin-mismatch", "Accepted duplicate",
                 "Rejected duplicate attendance.minutes-range", "Rejected record.other-school", "Rejected message.id-taken", "Accepted", "Accepted"],
                expected.Select(Outcome));
            Assert.Equal(expected.Select(Describe), results.Select(Describe));
            Assert.Equal(await SnapshotAsync(oneByOne.DataSource), await SnapshotAsync(batched.DataSource));
        }
        finally
        {
            await oneByOne.DisposeAsync();
            await batched.DisposeAsync();
        }
    }

    /// <summary>A message PostgreSQL refuses though the intake accepts it: a NUL character in the registration id.</summary>
    /// <summary>
    /// A valid message that PostgreSQL refuses: a trigger of the test's own database raises for its registration id.
    /// (It used to be a NUL in the text, which PostgreSQL refuses; the intake now rejects that before the database.)
    /// </summary>
    internal static async Task<InboundSubmission> PoisonAsync(NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.record_id LIKE 'refused-by-test-%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
              RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER test_refuse_poison BEFORE INSERT ON school_records FOR EACH ROW EXECUTE FUNCTION test_refuse_poison();
            """);
        await command.ExecuteNonQueryAsync();
        return Samples.Submission(Samples.AttendanceRegistered(messageId, registrationId: "refused-by-test-" + NewId()));
    }

    /// <summary>Every way in: accepted, rule broken, unreadable, BRIN mismatch, repeats of both, another school's record, an id taken.</summary>
    private static List<InboundSubmission> MixedBatch()
    {
        var registrationId = NewId();
        var registered = Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), registrationId: registrationId));
        var broken = Samples.AttendanceRegistered(Guid.NewGuid(), registrationId: NewId());
        broken["minutes"] = 0;
        var brokenSubmission = Samples.Submission(broken);
        var taken = Samples.AttendanceRegistered(Guid.NewGuid(), brin: "56EF", registrationId: NewId());
        taken["envelope"]!["messageId"] = JsonDocument.Parse(registered.Body).RootElement.GetProperty("envelope").GetProperty("messageId").GetString();
        return
        [
            registered,
            brokenSubmission,
            Samples.Submission(Encoding.UTF8.GetBytes("{\"envelope\": {"), "AttendanceRegistered"),
            Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), brin: "34CD", registrationId: NewId())),
            registered,
            brokenSubmission,
            Samples.Submission(Samples.AttendanceCorrected(Guid.NewGuid(), "34CD", Samples.Bsn, registrationId), "AttendanceCorrected", SchoolB),
            Samples.Submission(taken, sender: SchoolC),
            Samples.Submission(Samples.AttendanceCorrected(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceCorrected"),
            Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), bsn: "999990032", registrationId: NewId())),
        ];
    }

    private static string Outcome(SubmissionResult result) =>
        $"{result.Outcome}{(result.IsDuplicate ? " duplicate" : string.Empty)} {string.Join(",", result.Reasons.Select(r => r.Code))}".TrimEnd();

    private static string Describe(SubmissionResult result) =>
        $"{result.MessageId} {result.MessageType} {result.Outcome} duplicate={result.IsDuplicate} {string.Join(",", result.Reasons.Select(r => r.Code))}";

    /// <summary>
    /// What the intake wrote, without what differs by run (generated ids, receive times, ledger sequence numbers, which
    /// may have gaps), and whether every event in a PupilEventsRecorded carries its ledger row's sequence.
    /// </summary>
    private static async Task<IReadOnlyList<string>> SnapshotAsync(NpgsqlDataSource dataSource)
    {
        const string Volatile = "- 'rejectionId' - 'acceptedAt' - 'rejectedAt' - 'recordedAt' - 'ledgerSequence'";
        const string Recorded = "IntegrationHub.Application.Messaging.PupilEventsRecorded";
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            """
            SELECT concat_ws(' ', message_id, brin, vestiging, message_type, outcome, reasons::text, rejection_id IS NOT NULL, correlation_id, receive_count)
            FROM submissions ORDER BY message_id
            """,
            "SELECT concat_ws(' ', message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, payload::text) FROM attendance_ledger ORDER BY sequence",
            """
            SELECT concat_ws(' ', message_id, message_type, sender_brin, credential_id, channel, content_type, type_hint, encode(raw_body, 'hex'), reasons::text)
            FROM rejected_submissions ORDER BY received_at, rejection_id
            """,
            $"SELECT concat_ws(' ', destination, message_type, (body::jsonb {Volatile})::text, headers::text) FROM outbox WHERE message_type <> '{Recorded}' ORDER BY sequence",
            // One PupilEventsRecorded per transaction, so a batch writes fewer rows than one by one: compare the events.
            $"SELECT (e.event::jsonb {Volatile})::text FROM outbox o, json_array_elements(o.body->'events') e(event) WHERE o.message_type = '{Recorded}' ORDER BY (e.event->>'ledgerSequence')::bigint",
            "SELECT concat_ws(' ', pupil_pseudonym, record_kind, record_id, brin, vestiging) FROM school_records ORDER BY 1",
            "SELECT concat_ws(' ', pseudonym, nummer_soort, persoonsgebonden_nummer) FROM pupil_identity ORDER BY 1",
            "SELECT concat_ws(' ', pupil_pseudonym, brin, vestiging, lvs_pupil_key) FROM school_pupils ORDER BY 1",
            $"""
            SELECT concat_ws(' ', count(*), count(l.sequence)) FROM outbox o CROSS JOIN json_array_elements(o.body->'events') e(event)
            LEFT JOIN attendance_ledger l ON l.sequence = (e.event->>'ledgerSequence')::bigint AND l.message_id::text = e.event->>'messageId'
            WHERE o.message_type = '{Recorded}'
            """,
        })
        {
            rows.Add(sql);
            rows.AddRange(await connection.QueryAsync<string>(sql));
        }

        return rows;
    }

    private static string NewId() => "reg-" + Guid.NewGuid().ToString("N")[..12];
}
