using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Privacy;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// The partner answer decisions, pure: the state read for the sender (the melding as routed to it, the referral as sent
/// to it, the pupil's consents), the message, the ids and trace span for what goes out, and <c>now</c>. A melding or
/// referral that is not the sender's is refused with the same reason as one that does not exist.
/// </summary>
public static class PartnerAnswers
{
    /// <summary>The consent scope under which JGZ advice may reach the school (domain.md section 8).</summary>
    public static readonly string AdviceConsentScope = WireCode.Of(ConsentScope.JgzAdviceToSchool);

    /// <summary>
    /// A gemeente's status: accepted only on a melding routed to the sender, then stored as received and forwarded to DUO
    /// as the routed woongemeente's status update (request <paramref name="requestId"/>). No message to the school: it hears
    /// the status once DUO's register returns it.
    /// </summary>
    public static StatusDecision DecideStatus(string organisationId, PartnerStatusSet status, PartnerMelding? melding, Guid requestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (melding is null || melding.OrganisationId != organisationId || melding.MeldingId != status.MeldingId)
        {
            return new StatusDecision(null, null, PartnerRejections.MeldingUnknown());
        }

        var contact = status.Contactpersoon;
        var record = new StatusRecord(organisationId, status.MessageId, status.MeldingId, WireCode.Of(status.Status),
            status.RedenAfgesloten is { } reden ? WireCode.Of(reden) : null,
            status.ToelichtingAfsluiting is { } toelichting ? WireCode.Of(toelichting) : null,
            contact?.Naam, contact?.Functie, contact?.Telefoon, contact?.Email, status.SetAt.ToUniversalTime(), now.ToUniversalTime());
        var woongemeente = melding.Woongemeente
            ?? throw new InvalidOperationException($"Melding {melding.MeldingId} has a route without a woongemeente.");
        var forward = new GemeenteStatusRequest(requestId, melding.MeldingId, melding.Pupil, GemeenteStatusForwarding.ToDuo(status, woongemeente), now.ToUniversalTime());
        return new StatusDecision(record, forward, null);
    }

    /// <param name="consents">The pupil's consents for <see cref="AdviceConsentScope"/> at the referral's school location.</param>
    /// <param name="birthDate">The pupil's birth date as the school reported it, to check who gave the consent (WGBO).</param>
    public static AdviceDecision DecideAdvice(
        string organisationId, JgzAdviceGiven advice, PartnerReferral? referral, IReadOnlyList<ConsentRecord> consents, DateOnly? birthDate,
        Guid feedbackMessageId, TraceSpan span, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(consents);
        if (referral is null || referral.OrganisationId != organisationId || referral.ReferralId != advice.ReferralId)
        {
            return new AdviceDecision(null, null, PartnerRejections.ReferralUnknown());
        }

        var on = DateOnly.FromDateTime(now.UtcDateTime);
        var consent = consents.FirstOrDefault(c => Covers(c, referral, birthDate, on));
        var record = new AdviceRecord(organisationId, advice.MessageId, referral.ReferralId, referral.Pupil, referral.Brin, referral.Vestiging,
            WireCode.Of(advice.Participation), WireCode.Of(advice.LoadCapacity), advice.ExpectedFullReturnOn, advice.StartHoursPerWeek,
            advice.Adjustments.Select(a => WireCode.Of(a)).ToArray(), advice.FollowUpOn, advice.GivenAt.ToUniversalTime(),
            PassedOn: consent is not null, consent?.ConsentId, consent is null ? null : feedbackMessageId,
            consent is null ? BlockReasons.ConsentMissing : null, now.ToUniversalTime());
        if (consent is null)
        {
            return new AdviceDecision(record, null, null);
        }

        var received = new JgzAdviceReceived
        {
            School = new SchoolRef { Brin = referral.Brin, Vestiging = referral.Vestiging },
            ReferralId = referral.ReferralId,
            LvsPupilKey = referral.LvsPupilKey,
            Participation = advice.Participation,
            LoadCapacity = advice.LoadCapacity,
            ExpectedFullReturnOn = advice.ExpectedFullReturnOn,
            StartHoursPerWeek = advice.StartHoursPerWeek,
            Adjustments = advice.Adjustments,
            FollowUpOn = advice.FollowUpOn,
            ConsentId = consent.ConsentId,
            GivenAt = advice.GivenAt,
        };
        var disclosure = new DisclosureEntry
        {
            MessageId = feedbackMessageId,
            TraceId = span.TraceId,
            SpanId = span.SpanId,
            ParentSpanId = span.ParentSpanId,
            Operation = $"JgzAdviceGiven {advice.MessageId}",
            ActivityId = Disclosures.AdviceActivity,
            LegalBasis = Disclosures.Consent,
            Recipient = $"school:{referral.Brin}/{referral.Vestiging}",
            DataCategories = Disclosures.AdviceCategories,
            Subject = referral.Pupil,
            ConsentId = consent.ConsentId,
            StartedAt = now.ToUniversalTime(),
        };
        return new AdviceDecision(record, new SchoolFeedback(referral.Brin, feedbackMessageId, received, typeof(JgzAdviceReceived), span.TraceParent, disclosure), null);
    }

    /// <summary>
    /// The registry already filters; checked again here so the decision stands on its own: the right pupil, school location
    /// and scope, valid today and not withdrawn, given by who the WGBO names for the pupil's age.
    /// </summary>
    private static bool Covers(ConsentRecord consent, PartnerReferral referral, DateOnly? birthDate, DateOnly on) =>
        consent.Scope == AdviceConsentScope
        && consent.Pupil == referral.Pupil && consent.Brin == referral.Brin && consent.Vestiging == referral.Vestiging
        && consent.ValidFrom <= on && on <= consent.ValidUntil
        && (consent.WithdrawnOn is null || consent.WithdrawnOn > on)
        && ConsentRules.GiverOf(consent.GivenBy) is { } giver && ConsentRules.Covers(giver, birthDate, on);
}
