using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class PrivacyTests
{
    [Fact]
    public void Should_never_base_a_leerplicht_or_rmc_signal_on_sickness_when_sick_and_unauthorised_absence_mix()
    {
        var scenario = new Scenario().Enrolled(D("2010-03-10"));
        for (var date = D("2025-09-01"); date <= D("2025-10-17"); date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday)
            {
                scenario.Absent(date, lessons: 4, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte);
            }
            else if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 3);
            }
        }

        scenario.Sick("S1", D("2025-10-20"), D("2025-10-30"));
        var sickRecordIds = scenario.Events.OfType<AttendanceRecorded>()
            .Where(a => a.Reason == AbsenceReason.Ziekte)
            .Select(a => a.RegistrationId)
            .Append("S1")
            .ToHashSet();
        var signals = scenario.Signals(Contexts.Midden());
        var external = signals.Where(s => s.Recipient != SignalRecipient.School).ToList();
        Assert.NotEmpty(external);
        Assert.All(external, s => Assert.DoesNotContain(s.BasedOnRecordIds, sickRecordIds.Contains));
        Assert.All(external, s => Assert.Null(s.Criterion));
        Assert.All(external, s => Assert.NotEqual(SignalKind.MazlCriterium, s.Kind));
    }
}
