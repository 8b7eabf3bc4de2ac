using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using MassTransit;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// Applies a school's answer about one of its meldingen (approve, withdraw, keep) under the pupil's lock, in one
/// transaction with the messages it causes. The intake already checked that the melding is the sender's own.
/// </summary>
public sealed class VerzuimmeldingDecidedConsumer(
    ISignaleringContextSource contexts,
    ISignaleringStore store,
    TimeProvider time) : IConsumer<VerzuimmeldingDecided>
{
    public async Task Consume(ConsumeContext<VerzuimmeldingDecided> context)
    {
        var message = context.Message;
        var school = new SchoolLocation(message.Brin, message.Vestiging);
        await using var transaction = await store.BeginAsync(message.Pupil, school, message.MessageId, context.CancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var rules = await contexts.GetAsync(school, DueMeldingen.WoongemeenteOf(transaction.State), context.CancellationToken);
        var meldingen = await contexts.GetMeldingContextAsync(school, rules, context.CancellationToken);
        var now = time.GetUtcNow();
        var result = PupilEvaluation.OnDecision(transaction.State, transaction.Book, message.MeldingId, DecisionOf(message.Decision),
            message.Reason, MelderOverride(message, meldingen.Policy?.Melder), meldingen, transaction.LvsPupilKey, message.MessageId, now);
        await transaction.CommitAsync(result, MeldingSettlement.DigestAt(now, meldingen), context.CancellationToken);
    }

    private static SchoolDecision DecisionOf(string code) => code switch
    {
        "akkoord" => SchoolDecision.Akkoord,
        "intrekken" => SchoolDecision.Intrekken,
        "handhaven" => SchoolDecision.Handhaven,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown decision (the intake validates it)."),
    };

    /// <summary>An LVS may override the school's melder settings for one melding; unset fields keep the school's.</summary>
    private static Melder? MelderOverride(VerzuimmeldingDecided m, Melder? school)
    {
        if (school is null || (m.MelderNaam is null && m.DoorSchoolOndernomenActie is null && m.ActieGemeenteGewenst is null))
        {
            return null;
        }

        return school with
        {
            Naam = m.MelderNaam ?? school.Naam,
            Functie = m.MelderFunctie ?? school.Functie,
            Telefoon = m.MelderTelefoon ?? school.Telefoon,
            Email = m.MelderEmail ?? school.Email,
            DoorSchoolOndernomenActie = m.DoorSchoolOndernomenActie ?? school.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = m.ActieGemeenteGewenst ?? school.ActieGemeenteGewenst,
            ActieGemeenteToelichting = m.ActieGemeenteToelichting ?? school.ActieGemeenteToelichting,
        };
    }
}
