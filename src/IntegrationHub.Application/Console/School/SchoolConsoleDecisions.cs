using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Console.School;

/// <summary>
/// Sends a school user's decision about a melding the way the school's LVS sends it: a <see cref="DecideVerzuimmelding"/>
/// through the intake (<see cref="IIntakeService"/>, channel <see cref="IntakeChannel.Console"/>), authenticated as the
/// user's BRIN. So it is validated, de-duplicated, checked against the school's own meldingen, stored and acted on like
/// the school's own message, and the school's feedback queue hears the outcome too.
/// </summary>
public sealed class SchoolConsoleDecisions(IIntakeService intake, TimeProvider time)
{
    public const string SourceSystem = "IntegrationHub.Console";

    public async Task<SubmissionResult> DecideAsync(SchoolDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var message = new DecideVerzuimmelding
        {
            Envelope = new Envelope
            {
                MessageId = Guid.CreateVersion7(now),
                School = new SchoolRef { Brin = request.Brin, Vestiging = request.Vestiging },
                SourceSystem = SourceSystem,
                OccurredAt = now,
                SchemaVersion = "1.0",
            },
            MeldingId = request.MeldingId,
            Decision = request.Decision,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options);
        var sender = new SchoolIdentity(request.Brin, "console:" + request.Account);
        return await intake.SubmitAsync(
            new InboundSubmission(body, nameof(DecideVerzuimmelding), "application/json", sender, IntakeChannel.Console),
            cancellationToken);
    }
}
