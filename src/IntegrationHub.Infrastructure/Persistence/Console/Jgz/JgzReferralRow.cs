using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Infrastructure.Persistence.Console.Bureau;

namespace IntegrationHub.Infrastructure.Persistence.Console.Jgz;

/// <summary>A row of <see cref="JgzSql.List"/> or <see cref="JgzSql.Find"/> (which adds the delivered referral's JSON).</summary>
internal sealed class JgzReferralRow
{
    public Guid ReferralId { get; init; }

    public string PupilPseudonym { get; init; } = "";

    public string Brin { get; init; } = "";

    public string Vestiging { get; init; } = "";

    public string? Criterion { get; init; }

    public DateTime? CriterionMetOn { get; init; }

    public int? SickDays { get; init; }

    public DateTime SentAt { get; init; }

    public DateTime? LastAdviceAt { get; init; }

    public string? Referral { get; init; }

    public JgzReferralItem ToItem() => new(
        ReferralId, PupilPseudonym, Brin, Vestiging, Criterion, CriterionMetOn is { } c ? DateOnly.FromDateTime(c) : null, SickDays,
        BureauInboxRow.Utc(SentAt), LastAdviceAt is { } a ? BureauInboxRow.Utc(a) : null);
}
