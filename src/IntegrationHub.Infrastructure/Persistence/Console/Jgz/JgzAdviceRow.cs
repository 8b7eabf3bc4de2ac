using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Persistence.Console.Bureau;

namespace IntegrationHub.Infrastructure.Persistence.Console.Jgz;

/// <summary>A row of <see cref="JgzSql.Advices"/>.</summary>
internal sealed class JgzAdviceRow
{
    public string OrganisationId { get; init; } = "";

    public Guid MessageId { get; init; }

    public Guid ReferralId { get; init; }

    public string PupilPseudonym { get; init; } = "";

    public string Brin { get; init; } = "";

    public string Vestiging { get; init; } = "";

    public string Participation { get; init; } = "";

    public string LoadCapacity { get; init; } = "";

    public DateTime? ExpectedFullReturnOn { get; init; }

    public int? StartHoursPerWeek { get; init; }

    public string[] Adjustments { get; init; } = [];

    public DateTime? FollowUpOn { get; init; }

    public DateTime GivenAt { get; init; }

    public bool PassedOn { get; init; }

    public string? ConsentId { get; init; }

    public Guid? OutboxMessageId { get; init; }

    public string? WithheldReason { get; init; }

    public DateTime ReceivedAt { get; init; }

    public AdviceRecord ToRecord() => new(
        OrganisationId, MessageId, ReferralId, PupilPseudonym, Brin, Vestiging, Participation, LoadCapacity, Day(ExpectedFullReturnOn), StartHoursPerWeek,
        Adjustments, Day(FollowUpOn), BureauInboxRow.Utc(GivenAt), PassedOn, ConsentId, OutboxMessageId, WithheldReason, BureauInboxRow.Utc(ReceivedAt));

    private static DateOnly? Day(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
