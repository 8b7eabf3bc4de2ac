using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Persistence;
using NummerSoort = IntegrationHub.Contracts.V1.NummerSoort;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Ledger;

public sealed class NpgsqlLedgerReaderTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    private ILedgerReader Ledger => hub.Services.GetRequiredService<ILedgerReader>();

    [Fact]
    public async Task Should_return_the_pupils_events_in_ledger_order_when_attendance_arrives_before_enrolment()
    {
        const string bsn = "999999990";
        var attendanceId = Guid.NewGuid();
        var enrolmentId = Guid.NewGuid();
        await Intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(attendanceId, bsn: bsn)), CancellationToken.None);
        await Intake.SubmitAsync(Samples.Submission(Enrolment(enrolmentId, bsn), "PupilEnrolled"), CancellationToken.None);
        var pupil = hub.Services.GetRequiredService<PupilPseudonymiser>().Pseudonymise(NummerSoort.Bsn, bsn);

        var events = await Ledger.LoadPupilAsync(pupil, CancellationToken.None);

        Assert.Equal([attendanceId, enrolmentId], events.Select(e => e.MessageId));
        Assert.True(events[0].Sequence < events[1].Sequence);
        var attendance = Assert.IsType<AttendanceRecorded>(events[0].Event);
        Assert.Equal((pupil, attendanceId.ToString("D"), AbsenceStatus.AbsentUnauthorised, AbsenceReason.Spijbelen),
            (attendance.Pupil, attendance.EventId, attendance.Status, attendance.Reason));
        var enrolled = Assert.IsType<PupilEnrolled>(events[1].Event);
        Assert.Equal(("GM0344", SchoolKind.Vo), (enrolled.Woongemeente, enrolled.SchoolKind));
        Assert.Equal(events[1], await Ledger.LoadAsync(events[1].Sequence, CancellationToken.None));
    }

    [Fact]
    public async Task Should_carry_the_ledger_row_in_the_recorded_message_so_signalering_need_not_read_it_back()
    {
        var messageId = Guid.NewGuid();
        await Intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(messageId, bsn: "999999990")), CancellationToken.None);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var body = await connection.QuerySingleAsync<string>(OutboxRows.RecordedPupilEventsSql, new { ids = new[] { messageId } });
        var recorded = JsonSerializer.Deserialize<PupilEventRecorded>(body, HubJson.Options)!;

        var stored = await Ledger.LoadAsync(recorded.LedgerSequence, CancellationToken.None);
        var carried = Ledger.Decode(recorded.LedgerSequence, recorded.MessageId, recorded.EventType, recorded.RecordedAt!.Value, recorded.Payload!);

        Assert.NotNull(stored);
        Assert.Equal(stored, carried);
        Assert.Equal(messageId, carried.MessageId);
    }

    [Fact]
    public async Task Should_return_null_when_no_event_has_the_sequence()
    {
        Assert.Null(await Ledger.LoadAsync(long.MaxValue, CancellationToken.None));
    }

    [Fact]
    public async Task Should_store_the_calendar_and_announce_it_when_a_school_publishes_its_calendar()
    {
        var messageId = Guid.NewGuid();
        var calendar = new JsonObject
        {
            ["envelope"] = Samples.AttendanceRegistered(messageId)["envelope"]!.DeepClone(),
            ["schoolYear"] = "2026-2027",
            ["region"] = "zuid",
            ["holidays"] = new JsonArray(new JsonObject { ["name"] = "kerstvakantie", ["from"] = "2026-12-19", ["to"] = "2027-01-03" }),
            ["daysOff"] = new JsonArray("2027-02-12"),
        };

        var result = await Intake.SubmitAsync(Samples.Submission(calendar, "SchoolCalendarPublished"), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        var stored = Assert.Single(await Ledger.LoadCalendarsAsync("12AB", "01", CancellationToken.None));
        Assert.Equal(("2026-2027", "zuid"), (stored.SchoolYear, stored.Region));
        Assert.Equal([new Holiday("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3))], stored.Holidays!);
        Assert.Equal([new DateOnly(2027, 2, 12)], stored.DaysOff);
        Assert.Equal(1, await hub.DataSource.CountAsync("""
            SELECT count(*) FROM outbox
            WHERE destination IS NULL AND message_type = 'IntegrationHub.Application.Messaging.SchoolCalendarChanged'
              AND body->>'brin' = '12AB' AND body->>'schoolYear' = '2026-2027'
            """));
    }

    private static JsonObject Enrolment(Guid messageId, string bsn)
    {
        var attendance = Samples.AttendanceRegistered(messageId, bsn: bsn);
        return new JsonObject
        {
            ["envelope"] = attendance["envelope"]!.DeepClone(),
            ["pupil"] = attendance["pupil"]!.DeepClone(),
            ["enrolledOn"] = "2026-08-24",
            ["birthDate"] = "2012-05-17",
            ["woongemeenteCode"] = "GM0344",
            ["schoolType"] = "vo",
            ["hasStartkwalificatie"] = false,
        };
    }
}
