using System.Security.Cryptography;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Partners;

public sealed class PartnerAnswerIntakeTests
{
    private readonly InMemoryPartnerAnswerStore _store = new();
    private readonly FixedConsents _consents = new();
    private readonly PartnerAnswerIntake _intake;

    public PartnerAnswerIntakeTests()
    {
        _intake = new PartnerAnswerIntake(_store, new GemeenteStatusForwarder(_store), _consents, new FakeTimeProvider(PartnerSamples.Now), NullLogger<PartnerAnswerIntake>.Instance);
        _store.Meldingen.Add(PartnerSamples.RoutedMelding());
        _store.Referrals.Add(PartnerSamples.SentReferral());
    }

    [Fact]
    public async Task Should_store_the_status_and_forward_it_to_duo_once_without_telling_the_school_when_the_same_message_comes_twice()
    {
        var answer = PartnerSamples.From(PartnerSamples.Leerplicht, PartnerSamples.Status());

        var first = await _intake.HandleAsync(answer, CancellationToken.None);
        var repeat = await _intake.HandleAsync(answer, CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Accepted, PartnerAnswerResult.Repeat), (first.Result, repeat.Result));
        Assert.Single(_store.Statuses);
        var forwarded = Assert.Single(_store.ForwardedToDuo);
        Assert.Equal((PartnerSamples.MeldingId, PartnerSamples.Pupil, "0344", DuoStatus.B), (forwarded.MeldingId, forwarded.Pupil, forwarded.Status.Gemeentecode, forwarded.Status.Status));
        Assert.Empty(_store.Feedback); // the school hears it once DUO's register returns it
    }

    [Fact]
    public async Task Should_not_let_one_partner_make_another_partners_message_a_repeat_when_they_use_the_same_message_id()
    {
        var status = PartnerSamples.Status();
        await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.OtherLeerplicht, status), CancellationToken.None);

        var outcome = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.Leerplicht, status), CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.Accepted, outcome.Result);
        Assert.Equal(["melding.unknown"], _store.Rejections.SelectMany(r => r.Reasons).Select(r => r.Code));
    }

    [Fact]
    public async Task Should_reject_and_forward_nothing_to_duo_when_the_melding_was_routed_to_another_organisation()
    {
        var outcome = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.OtherLeerplicht, PartnerSamples.Status()), CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Rejected, "melding.unknown"), (outcome.Result, Assert.Single(outcome.Codes)));
        Assert.Empty(_store.Statuses);
        Assert.Empty(_store.ForwardedToDuo);
    }

    [Fact]
    public async Task Should_process_a_corrected_message_when_its_first_version_was_rejected()
    {
        var status = PartnerSamples.Status(PartnerStatus.Afgesloten) with { RedenAfgesloten = null };
        var rejected = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.Leerplicht, status), CancellationToken.None);

        var corrected = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.Leerplicht, status with { RedenAfgesloten = RedenAfgesloten.InschrijvingBeeindigdWerk }), CancellationToken.None);

        Assert.Equal(["status.reden-required"], rejected.Codes);
        Assert.Equal(PartnerAnswerResult.Accepted, corrected.Result);
    }

    [Fact]
    public async Task Should_keep_only_length_and_hash_of_the_body_when_no_partner_user_sent_it()
    {
        var answer = PartnerSamples.From(PartnerSamples.Leerplicht, PartnerSamples.Status()) with { UserId = null };

        var outcome = await _intake.HandleAsync(answer, CancellationToken.None);

        Assert.Equal(["sender.unknown"], outcome.Codes);
        var rejection = Assert.Single(_store.Rejections);
        Assert.Null(rejection.OrganisationId);
        Assert.Equal((answer.Body.Length, Convert.ToHexString(SHA256.HashData(answer.Body.Span))), (rejection.BodyLength, Convert.ToHexString(rejection.BodySha256)));
        Assert.Empty(_store.Statuses);
    }

    [Fact]
    public async Task Should_answer_as_the_user_id_says_when_the_envelope_claims_another_organisation()
    {
        var envelope = new JsonObject
        {
            ["messageType"] = new JsonArray("urn:message:IntegrationHub.Contracts.V1:PartnerStatusSet"),
            ["sourceAddress"] = $"rabbitmq://localhost/integrationhub/{Topology.PartnerInboundExchange(PartnerSamples.Leerplicht)}",
            ["headers"] = new JsonObject { ["organisationId"] = PartnerSamples.Leerplicht },
            ["message"] = JsonNode.Parse(PartnerSamples.Json(PartnerSamples.Status())),
        };
        var answer = new PartnerAnswer(PartnerSamples.Utf8(envelope.ToJsonString()), null, "application/vnd.masstransit+json",
            Topology.PartnerUser(PartnerSamples.OtherLeerplicht), Topology.PartnerInboundExchange(PartnerSamples.OtherLeerplicht));

        var outcome = await _intake.HandleAsync(answer, CancellationToken.None);

        Assert.Equal((PartnerSamples.OtherLeerplicht, "melding.unknown"), (outcome.OrganisationId, Assert.Single(outcome.Codes)));
        Assert.Empty(_store.Statuses);
    }

    [Fact]
    public async Task Should_withhold_the_advice_and_keep_the_reason_when_there_is_no_consent()
    {
        var outcome = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.Jgz, PartnerSamples.Advice()), CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Withheld, "consent.missing"), (outcome.Result, Assert.Single(outcome.Codes)));
        Assert.Equal("consent.missing", Assert.Single(_store.Advices).WithheldReason);
        Assert.Empty(_store.Feedback);
    }

    [Fact]
    public async Task Should_pass_the_advice_on_when_the_registry_has_a_valid_consent()
    {
        _consents.Consents.Add(PartnerSamples.AdviceConsent());

        var outcome = await _intake.HandleAsync(PartnerSamples.From(PartnerSamples.Jgz, PartnerSamples.Advice()), CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.PassedOn, outcome.Result);
        Assert.NotNull(Assert.Single(_store.Feedback).Disclosure);
    }

    [Fact]
    public async Task Should_keep_the_message_as_processing_failed_when_it_is_recorded_as_poison()
    {
        var answer = PartnerSamples.From(PartnerSamples.Leerplicht, PartnerSamples.Status());

        await _intake.RecordPoisonAsync(answer, CancellationToken.None);

        var rejection = Assert.Single(_store.Rejections);
        Assert.Equal((PartnerSamples.Leerplicht, "PartnerStatusSet", "processing.failed"), (rejection.OrganisationId, rejection.MessageType, Assert.Single(rejection.Reasons).Code));
    }
}
