namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: the school recorded its conversation with pupil and parents about one of its MAZL findings and asked for a
/// JGZ consult. Written by signalering in the pupil's transaction; the routing stage then finds the JGZ serving the
/// school, checks the region's basis (consent by default, with the WGBO ages) and sends the referral, or tells the
/// school why not. Pseudonymised; carries counts and dates, never what the pupil has.
/// </summary>
public sealed record MazlReferralRequested
{
    /// <summary>Derived from the finding and the school's message, so a redelivery is the same referral.</summary>
    public required Guid ReferralId { get; init; }

    public required string FindingId { get; init; }

    public required string Pupil { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>"po", "vo", "vso" or "mbo".</summary>
    public required string SchoolType { get; init; }

    public required string Criterion { get; init; }

    public required DateOnly CriterionMetOn { get; init; }

    public required DateOnly PeriodBegin { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public required int SickDays { get; init; }

    public required DateOnly ConversationHeldOn { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>The woongemeente in effect on the conversation day (MAZL is bought per gemeente).</summary>
    public string? Woongemeente { get; init; }

    /// <summary>The school's MazlConversationRecorded message id (the operation that started it).</summary>
    public required Guid SchoolMessageId { get; init; }

    /// <summary>The W3C traceparent of the school's message, if it carried one.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The school's contact for the jeugdarts (its melder settings).</summary>
    public required Contracts.V1.MelderRef Contact { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
}
