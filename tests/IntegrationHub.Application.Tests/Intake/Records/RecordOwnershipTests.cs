using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using SchoolLocation = IntegrationHub.Domain.Events.SchoolLocation;

namespace IntegrationHub.Application.Tests.Intake.Records;

/// <summary>The rule that a school changes only its own records, as both intake stores apply it.</summary>
public sealed class RecordOwnershipTests
{
    private static readonly ContractMapper Mapper = new(Samples.Pseudonymiser);
    private static readonly SchoolLocation Sender = new("12AB", "01");

    public static TheoryData<object, string, string, string> RecordsByContract => new()
    {
        { Samples.Attendance(), SchoolRecord.Registration, "reg-1", "registrationId" },
        { Corrected(), SchoolRecord.Registration, "reg-1", "registrationId" },
        { Retracted(), SchoolRecord.Registration, "reg-1", "registrationId" },
        { new SickReported { Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), SickReportId = "sick-1", From = Samples.Today, ReportedBy = SickReportedBy.Parent }, SchoolRecord.SickReport, "sick-1", "sickReportId" },
        { new RecoveryReported { Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), SickReportId = "sick-1", RecoveredOn = Samples.Today }, SchoolRecord.SickReport, "sick-1", "sickReportId" },
        { Samples.Leave(), SchoolRecord.Leave, "leave-1", "leaveId" },
        { new SuspensionRegistered { Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), SuspensionId = "susp-1", From = Samples.Today, To = Samples.Today }, SchoolRecord.Suspension, "susp-1", "suspensionId" },
    };

    [Theory]
    [MemberData(nameof(RecordsByContract))]
    public void Should_name_the_record_by_pupil_kind_and_id_when_a_contract_refers_to_one(object contract, string kind, string id, string field)
    {
        var record = SchoolRecord.Of(Mapper.Map(contract));

        Assert.NotNull(record);
        Assert.Equal((kind, id, field, Sender), (record.Kind, record.Id, record.Field, record.School));
        Assert.Equal(Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn), record.Pupil);
    }

    [Fact]
    public void Should_name_no_record_when_the_contract_keeps_none()
    {
        Assert.Null(SchoolRecord.Of(Mapper.Map(Samples.Enrolment())));
        Assert.Null(SchoolRecord.Of(Mapper.Map(Samples.Calendar())));
    }

    [Fact]
    public void Should_go_on_when_the_record_is_the_senders_own()
    {
        var submission = Accepted(Retracted());

        Assert.Null(RecordOwnership.Check(submission, SchoolRecord.Of(submission.Fact)!, Sender));
    }

    [Theory]
    [InlineData("34CD", "01")]
    [InlineData("12AB", "02")]
    public void Should_reject_as_another_schools_record_when_another_location_recorded_it(string brin, string vestiging)
    {
        var submission = Accepted(Retracted());

        var rejected = RecordOwnership.Check(submission, SchoolRecord.Of(submission.Fact)!, new SchoolLocation(brin, vestiging));

        Assert.NotNull(rejected);
        var reason = Assert.Single(rejected.Reasons);
        Assert.Equal((RejectionCodes.RecordOtherSchool, "registrationId"), (reason.Code, reason.Field));
        Assert.DoesNotContain(brin, reason.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lvs-pupil-4711", reason.Message, StringComparison.Ordinal);
        Assert.True(rejected.Deduplicate);
        Assert.Equal((submission.MessageId, "AttendanceRetracted", submission.ReceivedAt), (rejected.MessageId!.Value, rejected.MessageType, rejected.ReceivedAt));
        Assert.Equal(("12AB", "01"), (rejected.FeedbackSchool.Brin, rejected.FeedbackSchool.Vestiging));
        Assert.Same(submission.Submission, rejected.Submission);
    }

    [Fact]
    public void Should_find_the_owner_by_whether_the_message_creates_or_changes_a_record_when_several_schools_hold_the_id()
    {
        var other = new SchoolLocation("34CD", "01");
        var retraction = SchoolRecord.Of(Accepted(Retracted()).Fact)!;
        var creation = SchoolRecord.Of(Mapper.Map(Samples.Attendance()))!;

        Assert.Equal(other, RecordOwnership.OwnerOf(retraction, [other]));
        Assert.Equal(Sender, RecordOwnership.OwnerOf(retraction, [other, Sender]));
        Assert.Equal(Sender, RecordOwnership.OwnerOf(retraction, []));
        Assert.Equal(Sender, RecordOwnership.OwnerOf(creation, [other]));
        Assert.True(retraction.IsChange);
        Assert.False(creation.IsChange);
    }

    private static AttendanceCorrected Corrected()
    {
        var a = Samples.Attendance();
        return new AttendanceCorrected
        {
            Envelope = a.Envelope, Pupil = a.Pupil, RegistrationId = a.RegistrationId, Date = a.Date, StartTime = a.StartTime,
            Minutes = 30, Unit = a.Unit, Status = a.Status, ReasonCategory = a.ReasonCategory,
        };
    }

    private static AttendanceRetracted Retracted() =>
        new() { Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), RegistrationId = "reg-1", Date = Samples.Today };

    private static AcceptedSubmission Accepted(object contract) => new(
        Samples.Submission(contract), Samples.Envelope().MessageId, contract.GetType().Name, Samples.Envelope().School,
        Samples.Envelope().CorrelationId, Samples.Now, Mapper.Map(contract));
}
