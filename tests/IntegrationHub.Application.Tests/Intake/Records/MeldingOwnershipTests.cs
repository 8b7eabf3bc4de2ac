using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using SchoolLocation = IntegrationHub.Domain.Events.SchoolLocation;

namespace IntegrationHub.Application.Tests.Intake.Records;

/// <summary>The rule that a school decides only about its own meldingen, as both intake stores apply it.</summary>
public sealed class MeldingOwnershipTests
{
    private static readonly ContractMapper Mapper = new(Samples.Pseudonymiser);

    [Fact]
    public void Should_go_on_when_the_melding_is_the_senders_own()
    {
        var (submission, decision) = Accepted();

        Assert.Null(MeldingOwnership.Check(submission, decision, new SchoolLocation("12AB", "01")));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("34CD", "01")]
    [InlineData("12AB", "02")]
    public void Should_reject_as_unknown_alike_when_the_melding_is_missing_or_another_locations(string? brin, string? vestiging)
    {
        var (submission, decision) = Accepted();

        var rejected = MeldingOwnership.Check(submission, decision, brin is null ? null : new SchoolLocation(brin, vestiging!));

        Assert.NotNull(rejected);
        var reason = Assert.Single(rejected.Reasons);
        Assert.Equal((RejectionCodes.MeldingUnknown, "meldingId", "Deze melding is niet bekend bij deze school."),
            (reason.Code, reason.Field, reason.Message));
        Assert.True(rejected.Deduplicate);
        Assert.Equal((submission.MessageId, "DecideVerzuimmelding"), (rejected.MessageId!.Value, rejected.MessageType));
    }

    private static (AcceptedSubmission Submission, MeldingDecisionFact Decision) Accepted()
    {
        var contract = new DecideVerzuimmelding { Envelope = Samples.Envelope(), MeldingId = Guid.NewGuid(), Decision = MeldingDecision.Akkoord };
        var submission = new AcceptedSubmission(Samples.Submission(contract), contract.Envelope.MessageId, nameof(DecideVerzuimmelding),
            contract.Envelope.School, contract.Envelope.CorrelationId, Samples.Now, Mapper.Map(contract));
        return (submission, (MeldingDecisionFact)submission.Fact);
    }
}
