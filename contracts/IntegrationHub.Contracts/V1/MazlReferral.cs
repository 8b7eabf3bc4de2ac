namespace IntegrationHub.Contracts.V1;

/// <summary>
/// To the JGZ organisation serving the school (<c>jgz.&lt;org&gt;</c>): a request for a MAZL consult about a sick-reported
/// pupil, sent only after the school recorded its conversation with pupil and parents and only on the region's basis
/// (recorded consent by default; <see cref="ConsentId"/> names it). The JGZ projection: the hub pseudonym, never the
/// persoonsgebonden nummer; counts and dates of sick reports, never what the pupil has.
/// </summary>
public sealed record MazlReferral
{
    /// <summary>Quote it in the <see cref="JgzAdviceGiven"/>.</summary>
    public required Guid ReferralId { get; init; }

    public required PartnerRef Recipient { get; init; }

    /// <summary>The hub's pseudonym for the pupil (stable per pupil, meaningless outside the hub).</summary>
    public required string PupilPseudonym { get; init; }

    public required SchoolRef School { get; init; }

    /// <summary>"po", "vo" or "mbo".</summary>
    public required string SchoolType { get; init; }

    /// <summary>The MAZL criterion met, e.g. "4-ziekmeldingen-in-12-schoolweken", "7-aaneengesloten-schooldagen-ziek", "zorgenvinkje".</summary>
    public required string Criterion { get; init; }

    public required DateOnly CriterionMetOn { get; init; }

    /// <summary>The period the criterion looked at.</summary>
    public required DateOnly PeriodBegin { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public required int SickDays { get; init; }

    public required DateOnly ConversationHeldOn { get; init; }

    /// <summary>"consent" (recorded consent, <see cref="ConsentId"/>) or "notice-to-parents".</summary>
    public required string Basis { get; init; }

    public string? ConsentId { get; init; }

    /// <summary>The school's contact for the jeugdarts.</summary>
    public required MelderRef Contact { get; init; }

    public required DateTimeOffset ReferredAt { get; init; }
}
