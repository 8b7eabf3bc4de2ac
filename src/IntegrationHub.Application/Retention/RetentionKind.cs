namespace IntegrationHub.Application.Retention;

/// <summary>The kinds of pupil data with a retention term of their own (<see cref="RetentionOptions"/>).</summary>
public enum RetentionKind
{
    RawAttendance,
    Signals,
    Meldingen,
    DisclosureLog,

    /// <summary>The pupil's identity and the school's pupil key: no term, removed once nothing else of the pupil is left.</summary>
    Identity,
}
