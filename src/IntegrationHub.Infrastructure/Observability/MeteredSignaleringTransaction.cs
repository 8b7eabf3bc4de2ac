using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>One pupil's transaction; its evaluation is counted after the commit.</summary>
internal sealed class MeteredSignaleringTransaction(ISignaleringTransaction inner, HubMetrics metrics) : ISignaleringTransaction
{
    public bool IsRepeat => inner.IsRepeat;

    public string Pupil => inner.Pupil;

    public SchoolLocation School => inner.School;

    public PupilState? State => inner.State;

    public MeldingBook Book => inner.Book;

    public string? LvsPupilKey => inner.LvsPupilKey;

    public async Task CommitAsync(PupilEvaluationResult result, DateTimeOffset digestDueAt, CancellationToken cancellationToken)
    {
        await inner.CommitAsync(result, digestDueAt, cancellationToken);
        metrics.Evaluated(result);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
