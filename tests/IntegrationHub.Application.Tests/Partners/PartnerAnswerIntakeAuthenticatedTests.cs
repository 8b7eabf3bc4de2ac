using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Partners;

/// <summary>The console's entry point: an organisation the hub authenticated itself, through the same loop as the gateway's.</summary>
public sealed class PartnerAnswerIntakeAuthenticatedTests
{
    private readonly InMemoryPartnerAnswerStore _store = new();
    private readonly FixedConsents _consents = new();
    private readonly PartnerAnswerIntake _intake;

    public PartnerAnswerIntakeAuthenticatedTests()
    {
        _intake = new PartnerAnswerIntake(_store, new GemeenteStatusForwarder(_store), _consents, new FakeTimeProvider(PartnerSamples.Now), NullLogger<PartnerAnswerIntake>.Instance);
        _store.Meldingen.Add(PartnerSamples.RoutedMelding());
        _store.Referrals.Add(PartnerSamples.SentReferral());
    }

    [Fact]
    public async Task Should_store_the_status_and_forward_it_to_duo_when_the_organisation_was_authenticated_by_the_console()
    {
        var status = PartnerSamples.Status(PartnerStatus.Afgesloten) with { RedenAfgesloten = RedenAfgesloten.TerugNaarSchool };

        var outcome = await _intake.HandleAuthenticatedAsync(PartnerSamples.Leerplicht, status, "console", CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.Accepted, outcome.Result);
        Assert.Equal(("afgesloten", "terug-naar-school"), (Assert.Single(_store.Statuses).Status, _store.Statuses[0].RedenAfgesloten));
        Assert.Single(_store.ForwardedToDuo);
    }

    [Fact]
    public async Task Should_reject_and_keep_the_refusal_with_the_channel_when_the_melding_is_another_organisations()
    {
        var outcome = await _intake.HandleAuthenticatedAsync(PartnerSamples.OtherLeerplicht, PartnerSamples.Status(), "console", CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Rejected, "melding.unknown"), (outcome.Result, Assert.Single(outcome.Codes)));
        Assert.Empty(_store.ForwardedToDuo);
        var rejection = Assert.Single(_store.Rejections);
        Assert.Equal((PartnerSamples.OtherLeerplicht, "console", (string?)null), (rejection.OrganisationId, rejection.Exchange, rejection.UserId));
    }

    [Fact]
    public async Task Should_reject_an_afgesloten_without_reden_when_it_comes_from_the_console()
    {
        var outcome = await _intake.HandleAuthenticatedAsync(PartnerSamples.Leerplicht, PartnerSamples.Status(PartnerStatus.Afgesloten) with { RedenAfgesloten = null }, "console", CancellationToken.None);

        Assert.Equal(["status.reden-required"], outcome.Codes);
        Assert.Empty(_store.Statuses);
    }

    [Fact]
    public async Task Should_pass_advice_on_to_the_school_when_the_pupil_has_consent_and_the_jgz_was_authenticated_by_the_console()
    {
        _consents.Consents.Add(PartnerSamples.AdviceConsent());

        var outcome = await _intake.HandleAuthenticatedAsync(PartnerSamples.Jgz, PartnerSamples.Advice(), "console", CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.PassedOn, outcome.Result);
        Assert.IsType<JgzAdviceReceived>(Assert.Single(_store.Feedback).Message);
    }

    [Fact]
    public async Task Should_refuse_to_act_when_the_organisation_id_is_not_a_directory_id()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _intake.HandleAuthenticatedAsync("Not An Id", PartnerSamples.Status(), "console", CancellationToken.None));
    }
}
