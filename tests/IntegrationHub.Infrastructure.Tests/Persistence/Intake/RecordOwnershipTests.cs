using System.Text.Json.Nodes;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>
/// A school changes only its own records, on the real PostgreSQL: school_records is claimed and checked in the
/// intake's one transaction. Each test uses its own record ids, so the tests share the class's database safely.
/// </summary>
public sealed class RecordOwnershipTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private const string OtherBsn = "999990032";
    private static readonly SchoolIdentity SchoolA = Samples.School12AB;
    private static readonly SchoolIdentity SchoolB = new("34CD", "lvs-34CD");

    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    [Theory]
    [InlineData("AttendanceCorrected")]
    [InlineData("AttendanceRetracted")]
    public async Task Should_reject_with_record_other_school_and_write_only_the_feedback_when_another_school_changes_a_registration(string type)
    {
        var registrationId = NewId();
        await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolA);
        var messageId = Guid.NewGuid();
        var change = type == "AttendanceCorrected"
            ? Samples.AttendanceCorrected(messageId, "34CD", Samples.Bsn, registrationId)
            : Samples.AttendanceRetracted(messageId, "34CD", Samples.Bsn, registrationId);

        var result = await SubmitAsync(change, type, SchoolB);

        Assert.Equal((SubmissionOutcome.Rejected, false), (result.Outcome, result.IsDuplicate));
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((RejectionCodes.RecordOtherSchool, "registrationId"), (reason.Code, reason.Field));
        Assert.DoesNotContain("12AB", reason.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lvs-pupil-4711", reason.Message, StringComparison.Ordinal);
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM outbox WHERE body::text LIKE '%' || @id || '%'", new { id = messageId.ToString() }));
        var feedback = Assert.Single(await hub.DataSource.FeedbackAsync(messageId));
        Assert.Equal(("queue:school.34CD.feedback", "IntegrationHub.Contracts.V1.SubmissionRejected"), (feedback.Destination, feedback.MessageType));
        Assert.Contains(RejectionCodes.RecordOtherSchool, feedback.Body, StringComparison.Ordinal);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @RejectionId AND message_id = @messageId AND sender_brin = '34CD'",
            new { result.RejectionId, messageId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM submissions WHERE message_id = @messageId AND outcome = 'rejected' AND rejection_id = @RejectionId",
            new { messageId, result.RejectionId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM school_records WHERE record_id = @registrationId AND brin = '12AB' AND vestiging = '01'", new { registrationId }));
    }

    [Fact]
    public async Task Should_accept_when_a_school_corrects_and_retracts_its_own_registration()
    {
        var registrationId = NewId();
        var corrected = Guid.NewGuid();
        var retracted = Guid.NewGuid();

        var results = new[]
        {
            await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolA),
            await SubmitAsync(Samples.AttendanceCorrected(corrected, "12AB", Samples.Bsn, registrationId), "AttendanceCorrected", SchoolA),
            await SubmitAsync(Samples.AttendanceRetracted(retracted, "12AB", Samples.Bsn, registrationId), "AttendanceRetracted", SchoolA),
        };

        Assert.All(results, r => Assert.Equal(SubmissionOutcome.Accepted, r.Outcome));
        Assert.Equal(2, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM attendance_ledger WHERE message_id IN (@corrected, @retracted)", new { corrected, retracted }));
    }

    [Fact]
    public async Task Should_accept_both_when_two_schools_use_the_same_registration_id_for_different_pupils()
    {
        var registrationId = NewId();
        var retraction = Guid.NewGuid();

        var a = await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolA);
        var b = await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "34CD", OtherBsn, registrationId), "AttendanceRegistered", SchoolB);
        var bRetracts = await SubmitAsync(Samples.AttendanceRetracted(retraction, "34CD", OtherBsn, registrationId), "AttendanceRetracted", SchoolB);

        Assert.Equal([SubmissionOutcome.Accepted, SubmissionOutcome.Accepted, SubmissionOutcome.Accepted], [a.Outcome, b.Outcome, bRetracts.Outcome]);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @retraction", new { retraction }));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT count(*) FROM school_records WHERE record_id = @registrationId", new { registrationId }));
    }

    [Fact]
    public async Task Should_reject_when_another_vestiging_of_the_same_brin_retracts_a_registration()
    {
        var registrationId = NewId();
        await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId, vestiging: "01"), "AttendanceRegistered", SchoolA);

        var result = await SubmitAsync(
            Samples.AttendanceRetracted(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId, vestiging: "02"), "AttendanceRetracted", SchoolA);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal(RejectionCodes.RecordOtherSchool, Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public async Task Should_accept_and_claim_the_id_when_a_retraction_names_a_registration_not_seen_before()
    {
        var registrationId = NewId();

        var retraction = await SubmitAsync(Samples.AttendanceRetracted(Guid.NewGuid(), "34CD", Samples.Bsn, registrationId), "AttendanceRetracted", SchoolB);
        var lateRegistration = await SubmitAsync(
            Samples.AttendanceRegistered(Guid.NewGuid(), "34CD", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolB);

        Assert.Equal((SubmissionOutcome.Accepted, SubmissionOutcome.Accepted), (retraction.Outcome, lateRegistration.Outcome));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM school_records WHERE record_id = @registrationId AND brin = '34CD'", new { registrationId }));
    }

    [Fact]
    public async Task Should_answer_the_original_rejection_when_a_rejected_change_is_repeated()
    {
        var registrationId = NewId();
        await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolA);
        var messageId = Guid.NewGuid();
        var retraction = Samples.AttendanceRetracted(messageId, "34CD", Samples.Bsn, registrationId);

        var first = await SubmitAsync(retraction, "AttendanceRetracted", SchoolB);
        var second = await SubmitAsync(retraction, "AttendanceRetracted", SchoolB);

        Assert.Equal((SubmissionOutcome.Rejected, false), (first.Outcome, first.IsDuplicate));
        Assert.Equal((SubmissionOutcome.Rejected, true), (second.Outcome, second.IsDuplicate));
        Assert.Equal(first.RejectionId, second.RejectionId);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM rejected_submissions WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(2, (await hub.DataSource.FeedbackAsync(messageId)).Count);
    }

    [Fact]
    public async Task Should_reject_when_another_school_reports_recovery_from_a_sick_report_it_did_not_record()
    {
        var id = NewId();
        var a = await SubmitAsync(Record("SickReported", "12AB", id), "SickReported", SchoolA);

        var b = await SubmitAsync(Record("RecoveryReported", "34CD", id), "RecoveryReported", SchoolB);
        var aAgain = await SubmitAsync(Record("RecoveryReported", "12AB", id), "RecoveryReported", SchoolA);

        Assert.Equal(SubmissionOutcome.Accepted, a.Outcome);
        Assert.Equal(SubmissionOutcome.Rejected, b.Outcome);
        Assert.Equal((RejectionCodes.RecordOtherSchool, "sickReportId"), (Assert.Single(b.Reasons).Code, b.Reasons[0].Field));
        Assert.Equal(SubmissionOutcome.Accepted, aAgain.Outcome);
    }

    [Theory]
    [InlineData("SickReported")]
    [InlineData("LeaveGranted")]
    [InlineData("SuspensionRegistered")]
    public async Task Should_keep_two_records_when_two_schools_create_records_with_the_same_id_for_one_pupil(string type)
    {
        var id = NewId();

        var a = await SubmitAsync(Record(type, "12AB", id), type, SchoolA);
        var b = await SubmitAsync(Record(type, "34CD", id), type, SchoolB);

        Assert.Equal((SubmissionOutcome.Accepted, SubmissionOutcome.Accepted), (a.Outcome, b.Outcome));
        Assert.Equal(2, await hub.DataSource.CountAsync("SELECT count(*) FROM school_records WHERE record_id = @id", new { id }));
    }

    [Fact]
    public async Task Should_keep_each_schools_own_registration_and_let_each_retract_only_its_own_when_two_schools_use_the_same_id_concurrently()
    {
        for (var round = 0; round < 20; round++)
        {
            var registrationId = NewId();
            using var start = new ManualResetEventSlim();
            var a = Task.Run(async () =>
            {
                start.Wait();
                return await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "12AB", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolA);
            });
            var b = Task.Run(async () =>
            {
                start.Wait();
                return await SubmitAsync(Samples.AttendanceRegistered(Guid.NewGuid(), "34CD", Samples.Bsn, registrationId), "AttendanceRegistered", SchoolB);
            });
            start.Set();
            var results = await Task.WhenAll(a, b);

            Assert.All(results, r => Assert.Equal(SubmissionOutcome.Accepted, r.Outcome));
            Assert.Equal(2, await hub.DataSource.CountAsync(
                "SELECT count(*) FROM school_records WHERE record_id = @registrationId", new { registrationId }));
            Assert.Equal(2, await hub.DataSource.CountAsync(
                "SELECT count(*) FROM attendance_ledger WHERE payload->>'registrationId' = @registrationId", new { registrationId }));
        }
    }

    private static string NewId() => "rec-" + Guid.NewGuid().ToString("N");

    private Task<SubmissionResult> SubmitAsync(JsonObject body, string type, SchoolIdentity sender) =>
        Intake.SubmitAsync(Samples.Submission(body, type, sender), CancellationToken.None);

    /// <summary>A sick report, recovery, leave or suspension of the sample pupil, with the given record id.</summary>
    private static JsonObject Record(string type, string brin, string id)
    {
        var registered = Samples.AttendanceRegistered(Guid.NewGuid(), brin);
        var body = new JsonObject { ["envelope"] = registered["envelope"]!.DeepClone(), ["pupil"] = registered["pupil"]!.DeepClone() };
        var from = registered["date"]!.GetValue<string>();
        switch (type)
        {
            case "SickReported":
                body["sickReportId"] = id;
                body["from"] = from;
                body["reportedBy"] = "parent";
                break;
            case "RecoveryReported":
                body["sickReportId"] = id;
                body["recoveredOn"] = from;
                break;
            case "LeaveGranted":
                body["leaveId"] = id;
                body["kind"] = "gewichtige-omstandigheden";
                body["from"] = from;
                body["to"] = from;
                body["grantedBy"] = "schoolleider";
                break;
            default:
                body["suspensionId"] = id;
                body["from"] = from;
                body["to"] = from;
                break;
        }

        return body;
    }
}
