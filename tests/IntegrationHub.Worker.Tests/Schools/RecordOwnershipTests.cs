using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Schools;

/// <summary>
/// Facts belong to the school that recorded them, through the running worker and the real broker: two connected
/// schools, each publishing as its own LVS user to its own exchange, about the same pupil (same test BSN).
/// </summary>
public sealed class RecordOwnershipTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int SharedPupil = 41;
    private static readonly TimeSpan FeedbackTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_reject_on_the_retracting_schools_feedback_queue_and_keep_the_registration_when_another_school_retracts_it()
    {
        var schoolA = await hub.ProvisionSchoolAsync();
        var schoolB = await hub.ProvisionSchoolAsync();
        await using var lvsA = await hub.ConnectAsync(schoolA);
        await using var lvsB = await hub.ConnectAsync(schoolB);
        var registration = TestMessages.Attendance(schoolA.Brin, SharedPupil, lesson: 1);
        await lvsA.PublishAsync(TestMessages.ToJson(registration));
        Assert.True(Assert.Single(await lvsA.ReadFeedbackAsync(1, FeedbackTimeout)).IsAccepted);
        var retraction = new AttendanceRetracted
        {
            Envelope = registration.Envelope with { MessageId = Guid.NewGuid(), School = new SchoolRef { Brin = schoolB.Brin, Vestiging = "00" } },
            Pupil = TestMessages.Pupil(SharedPupil),
            RegistrationId = registration.RegistrationId,
            Date = registration.Date,
        };

        await lvsB.PublishAsync(TestMessages.ToJson(retraction), type: nameof(AttendanceRetracted));
        var feedback = Assert.Single(await lvsB.ReadFeedbackAsync(1, FeedbackTimeout));

        Assert.True(feedback.IsRejected, feedback.MessageType);
        Assert.Equal(["record.other-school"], feedback.ReasonCodes);
        Assert.Equal(retraction.Envelope.MessageId, feedback.MessageId);
        Assert.DoesNotContain(schoolA.Brin, feedback.Message.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, await hub.DataSource.RejectedSubmissionsAsync(feedback.Message.GetProperty("rejectionId").GetGuid()));
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(retraction.Envelope.MessageId));
        Assert.Equal([(registration.Envelope.MessageId, "AttendanceRecorded")], await hub.DataSource.LedgerEventsForRegistrationAsync(registration.RegistrationId));
        // School A hears nothing of B's attempt: no answer to it and nothing that would tell of a changed finding.
        Assert.DoesNotContain(await lvsA.ReadFeedbackAsync(10, TimeSpan.FromSeconds(3)), f =>
            f.MessageId == retraction.Envelope.MessageId
            || f.MessageType.EndsWith(":FindingsDigest", StringComparison.Ordinal)
            || f.MessageType.Contains(":Verzuimmelding", StringComparison.Ordinal));
    }
}
