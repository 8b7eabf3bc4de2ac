using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Outbound;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

public sealed class DuoFeedbackTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void Should_count_the_deadline_as_met_when_registered_late_in_the_evening_of_the_deadline_in_the_schools_day()
    {
        // 23:30 on 8 October in Amsterdam is 21:30 UTC the same day; 00:30 on 9 October is 22:30 UTC on the 8th.
        var onTheDay = Registered(new DateTimeOffset(2026, 10, 8, 21, 30, 0, TimeSpan.Zero));
        var nextDay = Registered(new DateTimeOffset(2026, 10, 8, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal((true, false), (onTheDay.DeadlineMet, nextDay.DeadlineMet));
    }

    [Fact]
    public void Should_say_nothing_about_the_deadline_when_the_soort_has_none()
    {
        var registered = DuoFeedback.Registered("12AB", "00", Guid.NewGuid(), "M1", null, "O", new DateOnly(2026, 9, 7), null, null, null, DateTimeOffset.UnixEpoch, Amsterdam);

        Assert.Null(registered.DeadlineMet);
        Assert.Equal("", registered.LvsPupilKey);
    }

    [Theory]
    [InlineData("hub.xsd-invalid", "hub")]
    [InlineData("leerling.onbekend", "duo")]
    public void Should_name_who_refused_by_the_code_when_telling_the_school(string code, string refusedBy) =>
        Assert.Equal(refusedBy, DuoFeedback.RefusedBy([code]));

    [Fact]
    public void Should_carry_duos_code_and_message_when_turning_business_errors_into_reasons()
    {
        var reason = Assert.Single(DuoFeedback.Reasons([new DuoBusinessError("leerling.onbekend", "DUO kent deze leerling niet.")]));

        Assert.Equal(("leerling.onbekend", "DUO kent deze leerling niet."), (reason.Code, reason.Message));
    }

    private static Contracts.V1.VerzuimmeldingRegistered Registered(DateTimeOffset at) =>
        DuoFeedback.Registered("12AB", "00", Guid.NewGuid(), "M1", "lvs-1", "V3", new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 8), null, null, at, Amsterdam);
}
