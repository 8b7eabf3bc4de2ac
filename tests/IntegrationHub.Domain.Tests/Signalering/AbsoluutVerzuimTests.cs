using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class AbsoluutVerzuimTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    [Theory]
    [InlineData("2012-03-10", false, true)]
    [InlineData("2008-10-01", false, true)]
    [InlineData("2008-10-01", true, false)]
    [InlineData("2006-05-01", false, false)]
    public void Should_signal_absoluut_verzuim_when_a_leerplichtig_or_kwalificatieplichtig_pupil_leaves_without_destination(string birth, bool startkwalificatie, bool expected)
    {
        var scenario = new Scenario().Enrolled(D(birth), startkwalificatie: startkwalificatie).Deregistered(D("2025-11-01"));
        Assert.Equal(expected, scenario.Signals(Context).Any(s => s.Kind == SignalKind.AbsoluutVerzuim && s.Recipient == SignalRecipient.Leerplicht));
    }

    [Fact]
    public void Should_not_signal_absoluut_verzuim_when_a_destination_school_is_known()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Deregistered(D("2025-11-01"), new SchoolLocation("34CD", "01"));
        Assert.DoesNotContain(scenario.Signals(Context), s => s.Kind == SignalKind.AbsoluutVerzuim);
    }

    [Fact]
    public void Should_withdraw_absoluut_verzuim_when_the_pupil_is_enrolled_again()
    {
        var (state, results) = new Scenario().Enrolled(D("2012-03-10")).Deregistered(D("2025-11-01"))
            .Enrolled(D("2012-03-10"), on: D("2025-11-03")).Run(Context);
        Assert.DoesNotContain(state.Signals, s => s.Kind == SignalKind.AbsoluutVerzuim);
        Assert.Contains(results[^1].Withdrawn, w => w.Kind == SignalKind.AbsoluutVerzuim);
    }

    [Fact]
    public void Should_be_due_seven_days_after_the_deregistration_when_a_pupil_leaves_without_destination()
    {
        // Leerplichtwet art. 18; domain.md section 4: deregistration without destination, 7 days after the deregistration.
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Deregistered(D("2025-11-01"));

        var signal = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.AbsoluutVerzuim);

        Assert.Equal(D("2025-11-08"), signal.DueDate);
    }
}
