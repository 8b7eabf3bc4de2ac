namespace IntegrationHub.Application.Routing;

/// <summary>
/// Where a melding goes (domain.md section 7), pure: by the pupil's woongemeente on the day the melding was made, never
/// the school's gemeente; leerplicht to the woongemeente's organisation (or the alternative for the pupil's kind), RMC
/// to the woongemeente's RMC region. A missing, unknown or unmapped woongemeente is parked.
/// </summary>
public static class MeldingRouting
{
    public static RoutingDecision Decide(string? woongemeente, PartnerKind recipient, DateOnly on, GemeenteRoute? route)
    {
        if (string.IsNullOrWhiteSpace(woongemeente))
        {
            return new ParkFor(ParkReasons.WoongemeenteMissing, "The school never reported the pupil's woongemeente.");
        }

        if (route is null)
        {
            return new ParkFor(ParkReasons.WoongemeenteUnknown, $"Woongemeente {woongemeente} is not in the directory on {on:yyyy-MM-dd}.", woongemeente);
        }

        var organisation = recipient == PartnerKind.Rmc ? route.Rmc : route.Leerplicht;
        return organisation is null
            ? new ParkFor(ParkReasons.WoongemeenteUnmapped, $"No {Kind(recipient)} organisation is mapped for {woongemeente} ({route.GemeenteNaam}) on {on:yyyy-MM-dd}.", woongemeente)
            : new RouteTo(organisation, route.NotifyPartners);
    }

    public static PartnerKind RecipientOf(string recipientCode) =>
        string.Equals(recipientCode, "rmc", StringComparison.Ordinal) ? PartnerKind.Rmc : PartnerKind.Leerplicht;

    public static string Kind(PartnerKind kind) => kind switch
    {
        PartnerKind.Leerplicht => "leerplicht",
        PartnerKind.Rmc => "rmc",
        _ => "jgz",
    };
}
