using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// What a rule found. <see cref="SignalId"/> is derived from kind, pupil and dates, so re-evaluating the same facts
/// gives the same id. Signals for Leerplicht and Rmc never rest on sickness and carry no health data: their
/// <see cref="BasedOnRecordIds"/> are ongeoorloofd registrations only.
/// </summary>
public sealed record Signal
{
    public required string SignalId { get; init; }

    public required SignalKind Kind { get; init; }

    /// <summary>The name of the rule that raised it (one kind may come from several rules, e.g. MAZL criteria).</summary>
    public required string Rule { get; init; }

    public required SignalRecipient Recipient { get; init; }

    public required string Pupil { get; init; }

    public required SchoolLocation School { get; init; }

    public required Regime Regime { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>
    /// The day that triggered the finding, from which settle times and deadlines are counted: 16 uur (and the other
    /// window rules) the day the threshold was reached (= einddatum); LRV and RMC the day the run reached four weeks;
    /// luxe verzuim the first absent day; absoluut verzuim / voortijdig schoolverlaten the deregistration date; MAZL
    /// and the ladder the day the criterion or step was met; geen-regel-toepasbaar the first attendance fact.
    /// Default (0001-01-01) only for signals built outside the rules.
    /// </summary>
    public DateOnly TriggeredOn { get; init; }

    /// <summary>When the melding is due (16u: 5 working days after the einddatum).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Hours in the school's unit (po clock hours, vo/mbo lesson hours).</summary>
    public decimal VerzuimUren { get; init; }

    public int VerzuimMinuten { get; init; }

    public int VerzuimDagen { get; init; }

    public bool IsVervolgmelding { get; init; }

    /// <summary>Set on meldingen for DUO / leerplicht / RMC; null on school-only signals without a DUO soort.</summary>
    public VermoedelijkeSoortVerzuim? SoortVerzuim { get; init; }

    /// <summary>The woongemeente on the einddatum (or begindatum), for routing.</summary>
    public string? Woongemeente { get; init; }

    /// <summary>The criterion met, e.g. "4-ziekmeldingen-in-12-schoolweken" or "laddertrede-6" (school signals).</summary>
    public string? Criterion { get; init; }

    /// <summary>
    /// The records the finding rests on: RegistrationIds of registrations and SickReportIds of sick reports (never
    /// message ids, so a re-export of the same registrations with new message ids changes nothing). Empty for
    /// findings that rest on a deregistration or a zorgenvinkje (see <see cref="BasedOnDates"/>).
    /// </summary>
    public IReadOnlyList<string> BasedOnRecordIds { get; init; } = [];

    public IReadOnlyList<DateOnly> BasedOnDates { get; init; } = [];

    public bool Equals(Signal? other) =>
        other is not null
        && SignalId == other.SignalId
        && Kind == other.Kind
        && Rule == other.Rule
        && Recipient == other.Recipient
        && Pupil == other.Pupil
        && School == other.School
        && Regime == other.Regime
        && Begindatum == other.Begindatum
        && Einddatum == other.Einddatum
        && TriggeredOn == other.TriggeredOn
        && DueDate == other.DueDate
        && VerzuimUren == other.VerzuimUren
        && VerzuimMinuten == other.VerzuimMinuten
        && VerzuimDagen == other.VerzuimDagen
        && IsVervolgmelding == other.IsVervolgmelding
        && SoortVerzuim == other.SoortVerzuim
        && Woongemeente == other.Woongemeente
        && Criterion == other.Criterion
        && BasedOnRecordIds.SequenceEqual(other.BasedOnRecordIds)
        && BasedOnDates.SequenceEqual(other.BasedOnDates);

    public override int GetHashCode() => HashCode.Combine(SignalId, Kind, Begindatum, Einddatum, VerzuimMinuten);
}
