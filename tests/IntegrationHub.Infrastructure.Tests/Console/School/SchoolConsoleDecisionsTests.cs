using Dapper;
using IntegrationHub.Application.Console.School;
using IntegrationHub.Application.Intake;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Console.School;

/// <summary>
/// A school user's "beslissing nodig" answer from the console goes through the intake like the LVS's own
/// DecideVerzuimmelding: accepted and published for the school's own melding, refused as melding.unknown (and kept with
/// channel "console") for another school's.
/// </summary>
public sealed class SchoolConsoleDecisionsTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private const string DecidedType = "IntegrationHub.Application.Messaging.VerzuimmeldingDecided";

    private SchoolConsoleDecisions Decisions => new(hub.Services.GetRequiredService<IIntakeService>(), TimeProvider.System);

    [Fact]
    public async Task Should_accept_and_publish_the_withdrawal_with_its_reason_when_the_melding_is_the_schools_own()
    {
        var brin = SchoolConsoleSeed.NewBrin();
        var melding = await hub.DataSource.MeldingAsync(brin, "pupil-w1", decisionRequired: true, vestiging: "01");

        var result = await Decisions.DecideAsync(new SchoolDecisionRequest(brin, "01", "school-user", melding, MeldingDecision.Intrekken, " Overmacht. "), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var decided = await connection.QuerySingleAsync<(string Decision, string Reason, string Brin)>(
            "SELECT body->>'decision', body->>'reason', body->>'brin' FROM outbox WHERE message_type = @DecidedType AND body->>'meldingId' = @Id",
            new { DecidedType, Id = melding.ToString() });
        Assert.Equal(("intrekken", "Overmacht.", brin), decided);
    }

    [Fact]
    public async Task Should_refuse_as_melding_unknown_on_the_console_channel_when_the_melding_is_another_schools()
    {
        var (own, other) = (SchoolConsoleSeed.NewBrin(), SchoolConsoleSeed.NewBrin());
        var theirs = await hub.DataSource.MeldingAsync(other, "pupil-w2", decisionRequired: true);

        var result = await Decisions.DecideAsync(new SchoolDecisionRequest(own, "00", "school-user", theirs, MeldingDecision.Intrekken, "Weg ermee."), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal(RejectionCodes.MeldingUnknown, Assert.Single(result.Reasons).Code);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @RejectionId AND channel = 'console' AND credential_id = 'console:school-user'",
            new { result.RejectionId }));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM outbox WHERE message_type = @DecidedType AND body->>'meldingId' = @Id",
            new { DecidedType, Id = theirs.ToString() }));
    }
}
