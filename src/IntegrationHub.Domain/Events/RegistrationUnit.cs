namespace IntegrationHub.Domain.Events;

/// <summary>Lesson (vo/mbo: counts lesson hours) or dagdeel (po: counts clock hours).</summary>
public enum RegistrationUnit
{
    Lesson,
    Dagdeel,
}
