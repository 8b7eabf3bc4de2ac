using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Partners;

public sealed class PartnerAnswersTests
{
    private static readonly Guid FeedbackId = Guid.Parse("0195c8a0-0000-7000-8000-0000000000ff");
    private static readonly TraceSpan Span = TraceSpan.ChildOf(PartnerSamples.PartnerTraceParent);

    [Fact]
    public void Should_forward_the_status_to_duo_as_the_routed_woongemeente_and_not_tell_the_school_when_the_melding_was_routed_to_the_sender()
    {
        var status = PartnerSamples.Status(PartnerStatus.Afgesloten);

        var decision = PartnerAnswers.DecideStatus(PartnerSamples.Leerplicht, status, PartnerSamples.RoutedMelding(), FeedbackId, PartnerSamples.Now);

        Assert.Null(decision.Rejection);
        Assert.Equal(("afgesloten", "terug-naar-school", "leerling-gezien-door-gemeente"),
            (decision.Record!.Status, decision.Record.RedenAfgesloten, decision.Record.ToelichtingAfsluiting));
        var forward = decision.Forward!;
        Assert.Equal((FeedbackId, PartnerSamples.MeldingId, PartnerSamples.Pupil), (forward.RequestId, forward.MeldingId, forward.Pupil));
        Assert.Equal(("", "0344", DuoStatus.G, "terug-naar-school", "leerling-gezien-door-gemeente"),
            (forward.Status.Meldingsnummer, forward.Status.Gemeentecode, forward.Status.Status, forward.Status.RedenAfgesloten, forward.Status.ToelichtingAfsluiting));
        Assert.Equal(status.SetAt, forward.Status.SetAt);
    }

    [Fact]
    public void Should_refuse_as_melding_unknown_when_the_melding_was_routed_to_another_organisation()
    {
        var decision = PartnerAnswers.DecideStatus(PartnerSamples.OtherLeerplicht, PartnerSamples.Status(), PartnerSamples.RoutedMelding(), FeedbackId, PartnerSamples.Now);

        Assert.Equal("melding.unknown", decision.Rejection!.Code);
        Assert.Null(decision.Record);
        Assert.Null(decision.Forward);
    }

    [Fact]
    public void Should_pass_the_advice_on_with_its_disclosure_entry_when_the_pupil_consented()
    {
        var advice = PartnerSamples.Advice();

        var decision = PartnerAnswers.DecideAdvice(PartnerSamples.Jgz, advice, PartnerSamples.SentReferral(), [PartnerSamples.AdviceConsent()], null, FeedbackId, Span, PartnerSamples.Now);

        Assert.True(decision.Record!.PassedOn);
        Assert.Equal(("consent-7", (Guid?)FeedbackId, (string?)null), (decision.Record.ConsentId, decision.Record.OutboxMessageId, decision.Record.WithheldReason));
        var received = Assert.IsType<JgzAdviceReceived>(decision.Feedback!.Message);
        Assert.Equal(("consent-7", "LVS-1001", AdviceLoadCapacity.Beperkt), (received.ConsentId, received.LvsPupilKey, received.LoadCapacity));
        var entry = decision.Feedback.Disclosure!;
        Assert.Equal(FeedbackId, entry.MessageId);
        Assert.Equal(("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", Span.SpanId), (entry.TraceId, entry.ParentSpanId, entry.SpanId));
        Assert.Equal(("school:12AB/00", Disclosures.AdviceActivity, Disclosures.Consent, "consent-7"), (entry.Recipient, entry.ActivityId, entry.LegalBasis, entry.ConsentId));
        Assert.Equal(Disclosures.AdviceCategories, entry.DataCategories);
        Assert.Equal(PartnerSamples.Pupil, entry.Subject);
    }

    [Theory]
    [MemberData(nameof(NotCovering))]
    public void Should_keep_the_advice_without_passing_it_on_when_no_consent_covers_it(ConsentRecord[] consents, DateOnly? birthDate)
    {
        var decision = PartnerAnswers.DecideAdvice(PartnerSamples.Jgz, PartnerSamples.Advice(), PartnerSamples.SentReferral(), consents, birthDate, FeedbackId, Span, PartnerSamples.Now);

        Assert.Null(decision.Rejection);
        Assert.Null(decision.Feedback);
        Assert.False(decision.Record!.PassedOn);
        Assert.Equal("consent.missing", decision.Record.WithheldReason);
        Assert.Null(decision.Record.OutboxMessageId);
    }

    public static TheoryData<ConsentRecord[], DateOnly?> NotCovering() => new()
    {
        { [], null },
        { [PartnerSamples.AdviceConsent(withdrawnOn: new DateOnly(2027, 11, 1))], null },
        { [PartnerSamples.AdviceConsent() with { Scope = "mazl-referral" }], null },
        { [PartnerSamples.AdviceConsent() with { Vestiging = "01" }], null },
        { [PartnerSamples.AdviceConsent() with { ValidUntil = new DateOnly(2027, 11, 14) }], null },
        // WGBO: at 17 the pupil consents, the parents' consent alone does not cover it; an unknown birth date needs both.
        { [PartnerSamples.AdviceConsent(givenBy: "parents")], new DateOnly(2010, 5, 1) },
        { [PartnerSamples.AdviceConsent(givenBy: "pupil")], null },
    };

    [Fact]
    public void Should_pass_the_advice_on_when_the_pupil_of_sixteen_consented_alone()
    {
        var decision = PartnerAnswers.DecideAdvice(PartnerSamples.Jgz, PartnerSamples.Advice(), PartnerSamples.SentReferral(),
            [PartnerSamples.AdviceConsent(givenBy: "pupil")], new DateOnly(2011, 1, 1), FeedbackId, Span, PartnerSamples.Now);

        Assert.True(decision.Record!.PassedOn);
    }

    [Fact]
    public void Should_refuse_as_referral_unknown_when_the_referral_went_to_another_jgz()
    {
        var decision = PartnerAnswers.DecideAdvice("jgz-elders", PartnerSamples.Advice(), PartnerSamples.SentReferral(), [PartnerSamples.AdviceConsent()], null, FeedbackId, Span, PartnerSamples.Now);

        Assert.Equal("referral.unknown", decision.Rejection!.Code);
        Assert.Null(decision.Record);
    }
}
