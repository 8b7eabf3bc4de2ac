using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Partners;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>
/// Consent at send time for JGZ advice: the relay sends a queued JgzAdviceReceived only while its consent holds; withdrawn
/// meanwhile, the row is blocked, the disclosure entry and the stored advice say why.
/// </summary>
public sealed class JgzAdviceConsentGateTests(JgzAdviceConsentGateTests.GateRelayHub hub) : IClassFixture<JgzAdviceConsentGateTests.GateRelayHub>
{
    private const string Jgz = "jgz-gate";

    [Fact]
    public async Task Should_block_the_advice_and_say_why_when_the_consent_was_withdrawn_while_it_waited()
    {
        var (advice, pupil, outboxId) = await QueueAdviceAsync();
        await hub.DataSource.WithdrawConsentAsync("consent-" + pupil, pupil);

        await hub.CreateRelay().RelayBatchAsync(CancellationToken.None);

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Assert.Equal(("consent.withdrawn", (DateTime?)null),
            await connection.QuerySingleAsync<(string, DateTime?)>("SELECT blocked_reason, sent_at FROM outbox WHERE message_id = @outboxId", new { outboxId }));
        Assert.Equal(("blocked", "consent.withdrawn"),
            await connection.QuerySingleAsync<(string, string)>("SELECT status, status_reason FROM disclosures WHERE message_id = @outboxId", new { outboxId }));
        Assert.Equal((false, "consent.withdrawn"),
            await connection.QuerySingleAsync<(bool, string)>("SELECT passed_on, withheld_reason FROM jgz_advices WHERE message_id = @MessageId", new { advice.MessageId }));
    }

    [Fact]
    public async Task Should_send_the_advice_to_the_school_and_mark_its_disclosure_sent_when_the_consent_still_holds()
    {
        var (_, _, outboxId) = await QueueAdviceAsync();

        await hub.CreateRelay().RelayBatchAsync(CancellationToken.None);

        var delivered = await QueueReader.WaitForMessageAsync(hub.VirtualHost, Topology.FeedbackQueue(PartnerSeeds.Brin), TimeSpan.FromSeconds(10));
        Assert.Equal(outboxId, Guid.Parse(delivered.BasicProperties.MessageId!));
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Assert.Equal("sent", await connection.QuerySingleAsync<string>("SELECT status FROM disclosures WHERE message_id = @outboxId", new { outboxId }));
    }

    private async Task<(JgzAdviceGiven Advice, string Pupil, Guid OutboxId)> QueueAdviceAsync()
    {
        var (referralId, pupil) = await hub.DataSource.SentReferralAsync(Jgz);
        await hub.DataSource.ConsentAsync("consent-" + pupil, pupil, "parents-and-pupil");
        var advice = new JgzAdviceGiven
        {
            MessageId = Guid.NewGuid(),
            ReferralId = referralId,
            Participation = AdviceParticipation.Volledig,
            LoadCapacity = AdviceLoadCapacity.Normaal,
            Adjustments = [],
            GivenAt = DateTimeOffset.UtcNow.AddMinutes(-10),
        };
        var store = hub.Services.GetRequiredService<NpgsqlPartnerAnswerStore>();
        var intake = new PartnerAnswerIntake(store, new IntegrationHub.Application.Duo.Status.GemeenteStatusForwarder(store), hub.Services.GetRequiredService<IConsentRegistry>(), TimeProvider.System, NullLogger<PartnerAnswerIntake>.Instance);
        var answer = new PartnerAnswer(JsonSerializer.SerializeToUtf8Bytes(advice, JsonSerializerOptions.Web), nameof(JgzAdviceGiven), "application/json",
            Topology.PartnerUser(Jgz), Topology.PartnerInboundExchange(Jgz));

        var outcome = await intake.HandleAsync(answer, CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.PassedOn, outcome.Result);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var outboxId = await connection.QuerySingleAsync<Guid>("SELECT outbox_message_id FROM jgz_advices WHERE message_id = @MessageId", new { advice.MessageId });
        return (advice, pupil, outboxId);
    }

    public sealed class GateRelayHub : RelayHub
    {
        protected override bool RunsRelay => false;

        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Disclosures:Key"] = "disclosure-key-for-the-consent-gate-tests-only-0123456";
            return settings;
        }

        protected override void Configure(IServiceCollection services)
        {
            services.AddPrivacy();
            services.AddSingleton<NpgsqlPartnerAnswerStore>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSendGate, JgzAdviceConsentGate>());
        }
    }
}
