namespace IntegrationHub.Domain.Settings;

/// <summary>
/// How hours already reported as luxe verzuim take part in the "16 uur in 4 weken" count (domain.md section 4,
/// "one episode, one melding"; configurable per gemeente).
/// </summary>
public enum LuxeVerzuimHours
{
    /// <summary>Luxe hours count towards 16 only together with other ongeoorloofde hours in the window: a luxe holiday alone never makes a 16-uur melding.</summary>
    CountWithOtherHours,

    /// <summary>Luxe hours are left out of the 16-uur count entirely.</summary>
    Exclude,
}
