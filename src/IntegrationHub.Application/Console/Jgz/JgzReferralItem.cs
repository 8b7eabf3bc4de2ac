namespace IntegrationHub.Application.Console.Jgz;

/// <summary>
/// A referral as the JGZ inbox lists it, in the JGZ projection: the hub pseudonym, never the persoonsgebonden nummer; the
/// criterion, never what the pupil has. Criterion fields come from the delivered referral (null once it was purged).
/// </summary>
public sealed record JgzReferralItem(
    Guid ReferralId,
    string PupilPseudonym,
    string Brin,
    string Vestiging,
    string? Criterion,
    DateOnly? CriterionMetOn,
    int? SickDays,
    DateTimeOffset SentAt,
    DateTimeOffset? LastAdviceAt);
