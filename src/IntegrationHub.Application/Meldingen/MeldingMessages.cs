using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Application.Meldingen;

/// <summary>Turns melding effects into the messages they send. Pure.</summary>
public static class MeldingMessages
{
    public static readonly IReadOnlyList<string> ApprovalChoices = ["akkoord", "intrekken"];
    public static readonly IReadOnlyList<string> DecisionChoices = ["intrekken", "handhaven"];

    public static void Add(MeldingEffect effect, string lvsPupilKey, DateTimeOffset now, List<object> partner, List<object> school, Dictionary<Guid, VerzuimmeldingSent> sent, Guid? decisionMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(sent);
        var m = effect.Melding;
        switch (effect)
        {
            case MeldingMade:
                partner.Add(Ready(m));
                sent[m.MeldingId] = new VerzuimmeldingSent { School = SchoolOf(m), Melding = Ref(m, lvsPupilKey), MadeAt = m.MadeAt ?? now, SentAt = now };
                break;
            case EinddatumSet e:
                partner.Add(new VerzuimmeldingEinddatumSet(m.MeldingId, e.Einddatum, now) { Pupil = m.Pupil, Brin = m.School.Brin, Vestiging = m.School.Vestiging });
                break;
            case Domain.Meldingen.MeldingWithdrawn w:
                partner.Add(new Messaging.VerzuimmeldingWithdrawn(m.MeldingId, w.Reason, now) { Pupil = m.Pupil, Brin = m.School.Brin, Vestiging = m.School.Vestiging });
                break;
            case ApprovalRequested a:
                school.Add(new VerzuimmeldingApprovalRequested
                {
                    School = SchoolOf(m), Melding = Ref(m, lvsPupilKey), IsReminder = a.IsReminder, Choices = ApprovalChoices, RequestedAt = now,
                });
                break;
            case DecisionRequired d:
                school.Add(new VerzuimmeldingDecisionRequired
                {
                    School = SchoolOf(m), Melding = Ref(m, lvsPupilKey), Correction = d.Correction, Choices = DecisionChoices, RequestedAt = now,
                });
                break;
            case DecisionRefused r:
                school.Add(new VerzuimmeldingDecisionRefused
                {
                    School = r.Melding is { } known ? SchoolOf(known) : new SchoolRef { Brin = "", Vestiging = "" },
                    MeldingId = r.MeldingId,
                    DecisionMessageId = decisionMessageId ?? Guid.Empty,
                    Decision = Decision(r.Decision),
                    Reason = r.Reason,
                    RefusedAt = now,
                });
                break;
        }
    }

    public static string Decision(SchoolDecision decision) => decision switch
    {
        SchoolDecision.Akkoord => "akkoord",
        SchoolDecision.Intrekken => "intrekken",
        _ => "handhaven",
    };

    public static MeldingRef Ref(Verzuimmelding m, string lvsPupilKey)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MeldingRef
        {
            MeldingId = m.MeldingId,
            LvsPupilKey = lvsPupilKey,
            Kind = SignalCodes.Of(m.Kind),
            SoortVerzuim = SignalCodes.Of(m.Soort),
            Recipient = SignalCodes.Of(m.Recipient),
            Begindatum = m.Begindatum,
            Einddatum = m.Einddatum,
            VerzuimUren = m.VerzuimUren,
            VerzuimDagen = m.VerzuimDagen,
            Deadline = m.Deadline,
            FollowsMeldingId = m.FollowsMeldingId,
        };
    }

    private static VerzuimmeldingReady Ready(Verzuimmelding m)
    {
        var melder = m.Melder ?? throw new InvalidOperationException($"Melding {m.MeldingId} was made without its melder.");
        return new VerzuimmeldingReady
        {
            MeldingId = m.MeldingId,
            FollowsMeldingId = m.FollowsMeldingId,
            Kind = SignalCodes.Of(m.Kind),
            SoortVerzuim = SignalCodes.Of(m.Soort) ?? SignalCodes.Of(m.Kind),
            Recipient = SignalCodes.Of(m.Recipient),
            Pupil = m.Pupil,
            Brin = m.School.Brin,
            Vestiging = m.School.Vestiging,
            Regime = SignalCodes.Of(m.Regime),
            Woongemeente = m.Woongemeente,
            Begindatum = m.Begindatum,
            Einddatum = m.Einddatum,
            VerzuimUren = m.VerzuimUren,
            VerzuimDagen = m.VerzuimDagen,
            IsVervolgmelding = m.IsVervolgmelding,
            Deadline = m.Deadline,
            RegistrationIds = m.RegistrationIds,
            MelderNaam = melder.Naam,
            MelderFunctie = melder.Functie,
            MelderTelefoon = melder.Telefoon,
            MelderEmail = melder.Email,
            DoorSchoolOndernomenActie = melder.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = melder.ActieGemeenteGewenst,
            ActieGemeenteToelichting = melder.ActieGemeenteToelichting,
            MadeAt = m.MadeAt!.Value,
        };
    }

    private static SchoolRef SchoolOf(Verzuimmelding m) => new() { Brin = m.School.Brin, Vestiging = m.School.Vestiging };
}
