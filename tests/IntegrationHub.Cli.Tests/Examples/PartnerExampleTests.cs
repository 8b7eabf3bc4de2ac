using System.Text.Json;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>
/// What every partner example must do on the real broker (see <see cref="PartnerScenario"/>): print each melding once with
/// its id and the BSN masked, acknowledge everything it handled, skip the repeat by message id, and answer with a
/// PartnerStatusSet on its own exchange, as its own user, in the trace of the melding.
/// </summary>
public abstract class PartnerExampleTests<TScenario>(TScenario scenario)
    where TScenario : PartnerScenario
{
    [Fact]
    public void Should_print_the_melding_once_and_the_repeat_as_a_duplicate_when_the_relay_sent_it_twice()
    {
        Assert.True(scenario.Run.ExitCode == 0, scenario.Run.Output);
        Assert.Single(scenario.Run.Lines, l => l.StartsWith($"VerzuimmeldingNotification melding={scenario.MeldingId} ", StringComparison.Ordinal));
        Assert.Single(scenario.Run.Lines, l => l.StartsWith($"duplicate messageId={scenario.NotificationMessageId}", StringComparison.Ordinal));
        Assert.Single(scenario.Run.Lines, l => l.StartsWith($"VerzuimmeldingNotificationUpdated melding={scenario.MeldingId} change=meldingsnummer", StringComparison.Ordinal));
        Assert.Contains("handled 2, duplicates 1, answered 1", scenario.Run.Lines);
    }

    [Fact]
    public void Should_leave_the_partner_queue_empty_when_it_acknowledged_what_it_handled()
    {
        Assert.True(scenario.Run.ExitCode == 0, scenario.Run.Output);
        Assert.Equal(0u, scenario.LeftOnPartnerQueue);
    }

    [Fact]
    public void Should_mask_the_bsn_when_printing_a_melding()
    {
        var line = scenario.Run.Lines.Single(l => l.StartsWith("VerzuimmeldingNotification ", StringComparison.Ordinal));

        Assert.Contains("nummer=bsn:*********", line, StringComparison.Ordinal);
        Assert.DoesNotContain(PartnerScenario.Bsn, scenario.Run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_answer_with_a_partner_status_on_its_own_exchange_as_its_own_user_when_asked()
    {
        var answer = Assert.Single(scenario.Answers);
        var status = JsonSerializer.Deserialize<PartnerStatusSet>(answer.Body, ContractJson.Options)!;

        Assert.Equal(scenario.AnswerExchange, answer.Exchange);
        Assert.Equal(nameof(PartnerStatusSet), answer.Type);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(scenario.User, answer.UserId);
        Assert.Equal(status.MessageId.ToString(), answer.MessageId);
        Assert.Equal(scenario.MeldingId, status.MeldingId);
        Assert.Equal(PartnerStatus.InBehandeling, status.Status);
    }

    [Fact]
    public void Should_continue_the_trace_of_the_melding_when_answering()
    {
        var answer = Assert.Single(scenario.Answers);
        var status = JsonSerializer.Deserialize<PartnerStatusSet>(answer.Body, ContractJson.Options)!;

        Assert.Contains($"trace={PartnerScenario.TraceId}", scenario.Run.Lines.Single(l => l.StartsWith("VerzuimmeldingNotification ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(status.TraceParent, answer.TraceParentHeader);
        Assert.StartsWith($"00-{PartnerScenario.TraceId}-", status.TraceParent, StringComparison.Ordinal);
        Assert.NotEqual(PartnerScenario.TraceParent, status.TraceParent);
    }

    [Fact]
    public void Should_leave_a_message_it_cannot_read_on_the_queue_and_stop_when_the_body_is_not_json()
    {
        Assert.True(scenario.UnreadableRun.ExitCode == 3, scenario.UnreadableRun.Output);
        Assert.Contains(scenario.UnreadableRun.Lines, l => l.Contains("left on the queue", StringComparison.Ordinal));
        Assert.Equal(1u, scenario.LeftAfterUnreadable);
    }
}
