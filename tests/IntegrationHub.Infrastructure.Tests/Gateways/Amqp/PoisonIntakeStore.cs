using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Infrastructure.Persistence.Intake;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Amqp;

/// <summary>
/// The real intake store, refusing (as a constraint would) every accepted message whose body names
/// <see cref="Marker"/>: a poison that needs no gap in the validation. Rejections are recorded as usual.
/// </summary>
public sealed class PoisonIntakeStore(NpgsqlIntakeStore inner) : IIntakeStore
{
    public const string Marker = "POISON";

    private int _refused;

    public int Refused => Volatile.Read(ref _refused);

    public Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken)
    {
        if (submissions.OfType<AcceptedSubmission>().Any(s => System.Text.Encoding.UTF8.GetString(s.Submission.Body.Span).Contains(Marker, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _refused);
            throw new InvalidOperationException("new row for relation \"attendance_ledger\" violates check constraint \"test_poison\" (test)");
        }

        return inner.RecordAsync(submissions, cancellationToken);
    }
}
