namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: the hub found a signal about one of its pupils — a melding that goes to leerplicht
/// or RMC (with its due date), or a signal for the school itself (MAZL criterion, ladder step, beginnend verzuim,
/// combined pattern, or "no rule can be applied" to a pupil, e.g. without a known birth date). Sent again with <see cref="IsUpdate"/> when its content changes (e.g. a later einddatum).
/// Carries the school's own pupil key, never a persoonsgebonden nummer.
/// </summary>
public sealed record VerzuimSignalRaised
{
    public required string SignalId { get; init; }

    public required SchoolRef School { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>e.g. "melding-16-uur", "langdurig-relatief-verzuim", "luxe-verzuim", "rmc-verzuim",
    /// "voortijdig-schoolverlaten", "absoluut-verzuim", "mazl-criterium", "ladder-stap", "beginnend-verzuim",
    /// "combined-pattern", "geen-regel-toepasbaar" (school only: no rule can be applied to the pupil; criterion
    /// "geboortedatum-onbekend" while the birth date is unknown, withdrawn once it arrives).</summary>
    public required string Kind { get; init; }

    /// <summary>"leerplicht", "rmc" or "school".</summary>
    public required string Recipient { get; init; }

    /// <summary>"leerplicht", "kwalificatieplicht", "rmc", "vrijgesteld" or "geen" on the begindatum.</summary>
    public required string Regime { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>The last day the melding may be made (16 uur: 5 working days after the einddatum).</summary>
    public DateOnly? DueDate { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimMinuten { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsVervolgmelding { get; init; }

    /// <summary>DUO's vermoedelijke soort verzuim for a melding, null for school-only signals.</summary>
    public string? SoortVerzuim { get; init; }

    /// <summary>The criterion met, e.g. "4-ziekmeldingen-in-12-schoolweken", "laddertrede-6" or "geboortedatum-onbekend".</summary>
    public string? Criterion { get; init; }

    public required bool IsUpdate { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}
