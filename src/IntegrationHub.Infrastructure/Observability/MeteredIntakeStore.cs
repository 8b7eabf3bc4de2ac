using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Persistence;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>Counts each recorded submission (<see cref="HubMetrics.Recorded"/>) once the store's transaction committed.</summary>
public sealed class MeteredIntakeStore(IIntakeStore inner, HubMetrics metrics) : IIntakeStore
{
    public async Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var results = await inner.RecordAsync(submissions, cancellationToken);
        for (var i = 0; i < results.Count && i < submissions.Count; i++)
        {
            metrics.Recorded(ChannelOf(submissions[i]), results[i]);
        }

        return results;
    }

    private static IntakeChannel ChannelOf(PreparedSubmission submission) => submission switch
    {
        AcceptedSubmission accepted => accepted.Submission.Channel,
        RejectedSubmission rejected => rejected.Submission.Channel,
        _ => throw new ArgumentOutOfRangeException(nameof(submission), submission.GetType().Name, "Unknown prepared submission."),
    };
}
