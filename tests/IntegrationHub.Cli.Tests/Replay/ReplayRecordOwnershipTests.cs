using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary>`hub replay` applies the same record ownership rule as the PostgreSQL intake store.</summary>
public sealed class ReplayRecordOwnershipTests
{
    private const string Bsn = "999990020";
    private const string OtherBsn = "999990032";
    private static readonly DateOnly Day = new(2026, 10, 5);

    [Fact]
    public async Task Should_reject_another_schools_retraction_and_accept_the_owners_correction_when_replaying()
    {
        var feed = new[]
        {
            FeedFile.Line(Registered("12AB", Bsn, "r-1")),
            FeedFile.Line(Retracted("34CD", Bsn, "r-1")),
            FeedFile.Line(Registered("34CD", OtherBsn, "r-1")),
            FeedFile.Line(Corrected("12AB", Bsn, "r-1")),
        };

        var (lines, summary) = await new ReplayRunner().RunAsync(FeedFile.Read(new StringReader(string.Join('\n', feed))).ToList(), CancellationToken.None);

        Assert.Equal((3, 1), (summary.Accepted, summary.Rejected));
        var rejection = Assert.Single(lines, l => l.MessageType == "SubmissionRejected");
        Assert.Equal("queue:school.34CD.feedback", rejection.Destination);
        Assert.Equal("AttendanceRetracted", rejection.Message.GetProperty("messageType").GetString());
        Assert.Equal("record.other-school", rejection.Message.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    private static Envelope Envelope(string brin) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "ReplayTests",
        OccurredAt = new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero),
        SchemaVersion = "1.0",
    };

    private static PupilRef Pupil(string bsn) => new() { PersoonsgebondenNummer = bsn, NummerSoort = NummerSoort.Bsn, LvsPupilKey = "key-" + bsn };

    private static AttendanceRegistered Registered(string brin, string bsn, string registrationId) => new()
    {
        Envelope = Envelope(brin), Pupil = Pupil(bsn), RegistrationId = registrationId, Date = Day, StartTime = new TimeOnly(8, 30),
        Minutes = 50, Unit = AttendanceUnit.Lesson, Status = AttendanceStatus.AbsentUnauthorised, ReasonCategory = ReasonCategory.Spijbelen,
    };

    private static AttendanceCorrected Corrected(string brin, string bsn, string registrationId) => new()
    {
        Envelope = Envelope(brin), Pupil = Pupil(bsn), RegistrationId = registrationId, Date = Day, StartTime = new TimeOnly(8, 30),
        Minutes = 20, Unit = AttendanceUnit.Lesson, Status = AttendanceStatus.AbsentUnauthorised, ReasonCategory = ReasonCategory.Spijbelen,
    };

    private static AttendanceRetracted Retracted(string brin, string bsn, string registrationId) => new()
    {
        Envelope = Envelope(brin), Pupil = Pupil(bsn), RegistrationId = registrationId, Date = Day,
    };
}
