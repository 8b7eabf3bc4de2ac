using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>What an accepted message adds to the hub's state.</summary>
public abstract record IntakeFact;

/// <summary>A pseudonymised pupil event for the ledger, plus the identity row behind its pseudonym.</summary>
public sealed record PupilFact(PupilEvent Event, PupilIdentity Identity) : IntakeFact;

/// <summary>A school's own calendar for one school year; the latest by <see cref="OccurredAt"/> wins.</summary>
public sealed record CalendarFact(SchoolCalendarOverride Calendar, DateTimeOffset OccurredAt) : IntakeFact;
