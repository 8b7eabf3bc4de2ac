namespace IntegrationHub.Application.Messaging;

/// <summary>Internal: a school published its calendar for a school year (stored in school_calendars).</summary>
public sealed record SchoolCalendarChanged(string Brin, string Vestiging, string SchoolYear);
