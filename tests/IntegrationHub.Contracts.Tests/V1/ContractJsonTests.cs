using System.Text.Json;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Contracts.Tests.V1;

public sealed class ContractJsonTests
{
    private static readonly AttendanceRegistered Sample = new()
    {
        Envelope = new Envelope
        {
            MessageId = Guid.Parse("0b4a4c1e-8f55-4a59-9d6f-0d8a0d2a3c11"),
            School = new SchoolRef { Brin = "12AB", Vestiging = "00" },
            SourceSystem = "Somtoday",
            OccurredAt = new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero),
            SchemaVersion = "1.0",
        },
        Pupil = new PupilRef { PersoonsgebondenNummer = "999990019", NummerSoort = NummerSoort.Bsn, LvsPupilKey = "lvs-1" },
        RegistrationId = "reg-1",
        Date = new DateOnly(2026, 11, 23),
        StartTime = new TimeOnly(8, 30),
        Minutes = 50,
        Unit = AttendanceUnit.Lesson,
        Status = AttendanceStatus.AbsentUnauthorised,
        ReasonCategory = ReasonCategory.Spijbelen,
    };

    [Fact]
    public void Should_round_trip_when_serialised_with_the_wire_conventions()
    {
        var json = JsonSerializer.Serialize(Sample, ContractJson.Options);
        var back = JsonSerializer.Deserialize<AttendanceRegistered>(json, ContractJson.Options);

        Assert.Equal(Sample, back);
        Assert.Contains("\"status\":\"absent-unauthorised\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2026-11-23\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_unknown_member_when_deserialising()
    {
        var json = JsonSerializer.Serialize(Sample, ContractJson.Options).Replace("\"minutes\"", "\"minuten\"", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AttendanceRegistered>(json, ContractJson.Options));
    }

    [Fact]
    public void Should_refuse_a_missing_required_member_when_deserialising()
    {
        var json = JsonSerializer.Serialize(Sample, ContractJson.Options).Replace("\"registrationId\":\"reg-1\",", string.Empty, StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AttendanceRegistered>(json, ContractJson.Options));
    }

    [Fact]
    public void Should_have_no_member_for_a_diagnosis_when_reporting_sickness()
    {
        var members = typeof(SickReported).GetProperties().Select(p => p.Name).ToArray();

        Assert.Equal(["Envelope", "Pupil", "SickReportId", "From", "ReportedBy"], members);
    }
}
