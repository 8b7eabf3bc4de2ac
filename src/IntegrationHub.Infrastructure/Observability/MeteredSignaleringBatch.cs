using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>Many pupils' evaluations in one transaction; they are counted only when it commits.</summary>
internal sealed class MeteredSignaleringBatch(ISignaleringBatch inner, HubMetrics metrics) : ISignaleringBatch
{
    private readonly List<PupilEvaluationResult> _recorded = [];

    public bool IsRepeat(Guid messageId) => inner.IsRepeat(messageId);

    public PupilSnapshot Pupil(string pupil, SchoolLocation school) => inner.Pupil(pupil, school);

    public void Record(string pupil, SchoolLocation school, PupilEvaluationResult result, DateTimeOffset digestDueAt)
    {
        inner.Record(pupil, school, result, digestDueAt);
        _recorded.Add(result);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await inner.CommitAsync(cancellationToken);
        foreach (var result in _recorded)
        {
            metrics.Evaluated(result);
        }

        _recorded.Clear();
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
