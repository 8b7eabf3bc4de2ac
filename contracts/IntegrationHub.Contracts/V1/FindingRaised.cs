namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school, sent at once: the rules found something about one of its pupils. A finding for leerplicht
/// or RMC is <see cref="IsProvisional"/>: it becomes a verzuimmelding only once it has settled (see
/// <see cref="SettlesAt"/>); until then it may change or disappear. Later changes to it come in the day's
/// <see cref="FindingsDigest"/>, not one message per lesson. Carries the school's own pupil key, never a
/// persoonsgebonden nummer. Supersedes VerzuimSignalRaised.
/// </summary>
public sealed record FindingRaised
{
    public required string FindingId { get; init; }

    public required SchoolRef School { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>e.g. "melding-16-uur", "langdurig-relatief-verzuim", "luxe-verzuim", "rmc-verzuim", "mazl-criterium".</summary>
    public required string Kind { get; init; }

    /// <summary>"leerplicht", "rmc" or "school".</summary>
    public required string Recipient { get; init; }

    public required string Regime { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>The legal deadline for the melding, if this finding would become one.</summary>
    public DateOnly? DueDate { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimMinuten { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsVervolgmelding { get; init; }

    public string? SoortVerzuim { get; init; }

    public string? Criterion { get; init; }

    /// <summary>True for a finding that may become a melding to leerplicht or RMC and has not yet.</summary>
    public required bool IsProvisional { get; init; }

    /// <summary>The id the melding will have once it settles (for the school's records), if partner-bound.</summary>
    public Guid? MeldingId { get; init; }

    /// <summary>When it settles into a melding if nothing changes.</summary>
    public DateTimeOffset? SettlesAt { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}
