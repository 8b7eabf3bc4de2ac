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
        var melder = SchoolDecisions.MelderOverride(meldingen.Policy?.Melder, message.MelderNaam, message.MelderFunctie, message.MelderTelefoon,
            message.MelderEmail, message.DoorSchoolOndernomenActie, message.ActieGemeenteGewenst, message.ActieGemeenteToelichting);
        var result = PupilEvaluation.OnDecision(transaction.State, transaction.Book, message.MeldingId, SchoolDecisions.Parse(message.Decision),
            message.Reason, melder, meldingen, transaction.LvsPupilKey, message.MessageId, now,
            new SchoolMessageCause($"DecideVerzuimmelding {message.MessageId}", message.TraceParent));
        await transaction.CommitAsync(result, MeldingSettlement.DigestAt(now, meldingen), context.CancellationToken);
    }
}
