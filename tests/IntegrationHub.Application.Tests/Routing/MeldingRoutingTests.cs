using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class MeldingRoutingTests
{
    private static readonly DateOnly On = new(2026, 10, 5);
    private static readonly PartnerOrganisation Utrecht = new("rbl-utrecht", PartnerKind.Leerplicht, "RBL Utrecht");
    private static readonly PartnerOrganisation Mc17 = new("mc17", PartnerKind.Rmc, "RMC Utrecht");

    [Fact]
    public void Should_park_as_missing_when_the_school_never_reported_a_woongemeente()
    {
        var decision = MeldingRouting.Decide(null, PartnerKind.Leerplicht, On, null);

        var park = Assert.IsType<ParkFor>(decision);
        Assert.Equal(ParkReasons.WoongemeenteMissing, park.Reason);
        Assert.Null(park.Woongemeente);
    }

    [Fact]
    public void Should_park_as_unknown_when_the_gemeente_is_not_in_the_directory_on_the_day()
    {
        var decision = MeldingRouting.Decide("GM9999", PartnerKind.Leerplicht, On, null);

        var park = Assert.IsType<ParkFor>(decision);
        Assert.Equal(ParkReasons.WoongemeenteUnknown, park.Reason);
        Assert.Contains("GM9999", park.Detail, StringComparison.Ordinal);
        Assert.Equal("GM9999", park.Woongemeente);
    }

    [Fact]
    public void Should_park_as_unmapped_when_no_organisation_serves_the_recipient()
    {
        var route = new GemeenteRoute("GM0344", "Utrecht", Leerplicht: null, Rmc: Mc17, NotifyPartners: true, MazlBought: true);

        var decision = MeldingRouting.Decide("GM0344", PartnerKind.Leerplicht, On, route);

        var park = Assert.IsType<ParkFor>(decision);
        Assert.Equal((ParkReasons.WoongemeenteUnmapped, "GM0344"), (park.Reason, park.Woongemeente));
    }

    [Fact]
    public void Should_route_leerplicht_and_rmc_each_to_their_own_organisation_when_both_are_mapped()
    {
        var route = new GemeenteRoute("GM0344", "Utrecht", Utrecht, Mc17, NotifyPartners: true, MazlBought: false);

        Assert.Equal(Utrecht, Assert.IsType<RouteTo>(MeldingRouting.Decide("GM0344", PartnerKind.Leerplicht, On, route)).Organisation);
        Assert.Equal(Mc17, Assert.IsType<RouteTo>(MeldingRouting.Decide("GM0344", PartnerKind.Rmc, On, route)).Organisation);
    }

    [Fact]
    public void Should_route_without_notifying_when_the_gemeente_switched_notifications_off()
    {
        var route = new GemeenteRoute("GM0344", "Utrecht", Utrecht, Mc17, NotifyPartners: false, MazlBought: false);

        Assert.False(Assert.IsType<RouteTo>(MeldingRouting.Decide("GM0344", PartnerKind.Leerplicht, On, route)).Notify);
    }
}
