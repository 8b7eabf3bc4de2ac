using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering.State;

/// <summary>The pupil's profile as it was on one date; <see cref="FirstSchoolDay"/> is the first day the pupil attended school, if known.</summary>
public sealed record ProfileSnapshot(DateOnly? BirthDate, string? Woongemeente, SchoolKind? SchoolKind, bool HasStartkwalificatie, DateOnly? FirstSchoolDay = null);
