using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// The "terugkoppelgarantie", pure: a melding DUO registered more than the term ago, still on status R in DUO's register
/// (the source of record: no later status came back), and not yet notified, is overdue. The school hears it once
/// (<see cref="PartnerStatusOverdue"/>, with the organisation the melding was routed to when there is one).
/// </summary>
public static class OverdueMeldingen
{
    /// <summary>Registered at or before this moment: past the term.</summary>
    public static DateTimeOffset Cutoff(DateTimeOffset now, int termDays) => now - TimeSpan.FromDays(termDays);

    public static bool IsOverdue(OverdueCandidate melding, DateTimeOffset now, int termDays)
    {
        ArgumentNullException.ThrowIfNull(melding);
        return melding.Status == nameof(DuoStatus.R) && melding.OverdueNotifiedAt is null && melding.RegisteredAt <= Cutoff(now, termDays);
    }

    /// <returns>The notice for an overdue melding; null when it is not (yet) overdue or was notified before.</returns>
    public static OverdueNotice? Decide(OverdueCandidate melding, DateTimeOffset now, int termDays, Guid feedbackMessageId)
    {
        if (!IsOverdue(melding, now, termDays))
        {
            return null;
        }

        var since = melding.RegisteredAt + TimeSpan.FromDays(termDays);
        var message = new PartnerStatusOverdue
        {
            School = new SchoolRef { Brin = melding.Brin, Vestiging = melding.Vestiging },
            MeldingId = melding.MeldingId,
            Meldingsnummer = melding.Meldingsnummer,
            LvsPupilKey = melding.LvsPupilKey,
            Organisation = melding.OrganisationId is { } organisation
                ? new PartnerRef { OrganisationId = organisation, Kind = melding.PartnerKind ?? "leerplicht" }
                : null,
            RegisteredAt = melding.RegisteredAt,
            TermDays = termDays,
            OverdueSince = since,
        };
        return new OverdueNotice(melding, new StatusFeedback(melding.Brin, feedbackMessageId, message, typeof(PartnerStatusOverdue)), since);
    }
}
