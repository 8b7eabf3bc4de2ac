using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>The intake end to end on the real PostgreSQL: IIntakeService as AddIntake wires it, over NpgsqlIntakeStore.</summary>
public sealed class NpgsqlIntakeStoreTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    [Fact]
    public async Task Should_store_once_and_answer_twice_when_the_same_message_is_submitted_twice()
    {
        var messageId = Guid.NewGuid();
        var submission = Samples.Submission(Samples.AttendanceRegistered(messageId));

        var first = await Intake.SubmitAsync(submission, CancellationToken.None);
        var second = await Intake.SubmitAsync(submission, CancellationToken.None);

        Assert.Equal((SubmissionOutcome.Accepted, false), (first.Outcome, first.IsDuplicate));
        Assert.Equal((SubmissionOutcome.Accepted, true), (second.Outcome, second.IsDuplicate));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @messageId", new { messageId }));
        var feedback = await hub.DataSource.FeedbackAsync(messageId);
        Assert.Equal(2, feedback.Count);
        Assert.All(feedback, row => Assert.Equal("queue:school.12AB.feedback", row.Destination));
        Assert.All(feedback, row => Assert.Equal("IntegrationHub.Contracts.V1.SubmissionAccepted", row.MessageType));
        Assert.Equal([false, true], feedback.Select(row => JsonDocument.Parse(row.Body).RootElement.GetProperty("isDuplicate").GetBoolean()));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            OutboxRows.RecordedPupilEventCountSql, new { ids = new[] { messageId.ToString() } }));
    }

    [Fact]
    public async Task Should_keep_the_body_and_answer_the_school_when_the_body_is_malformed()
    {
        var body = Encoding.UTF8.GetBytes("{\"envelope\": {\"messageId\": ");

        var result = await Intake.SubmitAsync(Samples.Submission(body, "AttendanceRegistered"), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal("message.unparseable", Assert.Single(result.Reasons).Code);
        var rejectionId = Assert.NotNull(result.RejectionId);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @rejectionId AND raw_body = @body AND sender_brin = '12AB'",
            new { rejectionId, body }));
        var feedback = Assert.Single(await hub.DataSource.FeedbackByRejectionAsync(rejectionId));
        Assert.Equal("queue:school.12AB.feedback", feedback.Destination);
        Assert.Equal("IntegrationHub.Contracts.V1.SubmissionRejected", feedback.MessageType);
        Assert.Contains("message.unparseable", feedback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_reject_without_recording_the_id_when_the_envelope_brin_is_not_the_senders()
    {
        var messageId = Guid.NewGuid();
        var forged = Samples.Submission(Samples.AttendanceRegistered(messageId, brin: "34CD"));

        var result = await Intake.SubmitAsync(forged, CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Reasons, reason => reason.Code == "school.brin-mismatch");
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM submissions WHERE message_id = @messageId", new { messageId }));
        Assert.Equal("queue:school.12AB.feedback", Assert.Single(await hub.DataSource.FeedbackAsync(messageId)).Destination);

        var genuine = Samples.Submission(Samples.AttendanceRegistered(messageId, brin: "34CD"), sender: new SchoolIdentity("34CD", "lvs-34CD"));
        var accepted = await Intake.SubmitAsync(genuine, CancellationToken.None);

        Assert.Equal((SubmissionOutcome.Accepted, false), (accepted.Outcome, accepted.IsDuplicate));
    }

    [Fact]
    public async Task Should_answer_the_original_rejection_when_a_rejected_message_is_repeated()
    {
        var messageId = Guid.NewGuid();
        var body = Samples.AttendanceRegistered(messageId);
        body["minutes"] = 0;
        var submission = Samples.Submission(body);

        var first = await Intake.SubmitAsync(submission, CancellationToken.None);
        var second = await Intake.SubmitAsync(submission, CancellationToken.None);

        Assert.Equal((SubmissionOutcome.Rejected, false), (first.Outcome, first.IsDuplicate));
        Assert.Equal((SubmissionOutcome.Rejected, true), (second.Outcome, second.IsDuplicate));
        Assert.Equal(first.RejectionId, second.RejectionId);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM rejected_submissions WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(2, (await hub.DataSource.FeedbackAsync(messageId)).Count);
    }

    [Fact]
    public async Task Should_reject_as_taken_when_another_school_reuses_a_message_id()
    {
        var messageId = Guid.NewGuid();
        await Intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(messageId)), CancellationToken.None);
        var other = new SchoolIdentity("56EF", "lvs-56EF");

        var result = await Intake.SubmitAsync(
            Samples.Submission(Samples.AttendanceRegistered(messageId, brin: "56EF"), sender: other), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal("message.id-taken", Assert.Single(result.Reasons).Code);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @messageId", new { messageId }));
        Assert.Contains(await hub.DataSource.FeedbackAsync(messageId), row => row.Destination == "queue:school.56EF.feedback");
    }

    [Fact]
    public async Task Should_keep_the_nummer_out_of_the_ledger_and_outbox_when_a_pupil_event_is_recorded()
    {
        const string bsn = "999990032";
        var messageId = Guid.NewGuid();

        var result = await Intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(messageId, bsn: bsn)), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(0, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM attendance_ledger l WHERE l::text LIKE '%' || @bsn || '%'", new { bsn }));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM outbox o WHERE o::text LIKE '%' || @bsn || '%'", new { bsn }));
        Assert.Equal(0, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM attendance_ledger WHERE payload::text LIKE '%lvs-pupil-4711%'"));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM pupil_identity WHERE persoonsgebonden_nummer = @bsn AND nummer_soort = 'bsn'", new { bsn }));
    }
}
