using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// Turns a settled melding into its DUO request (duo_meldingen 'wachtend' + a duo_outbox 'melden' row), or refuses it
/// before sending (duo_meldingen 'geweigerd' + VerzuimmeldingNotRegistered to the school); its einddatum and withdrawal
/// become 'mutatie' rows behind it. One transaction with the inbox mark each. The DUO dispatcher sends the rows.
/// Absoluut verzuim does not go to DUO (DuoSoorten).
/// </summary>
public sealed class DuoMeldingConsumer(IDuoOutboxStore store, TimeProvider time, ILogger<DuoMeldingConsumer> logger)
    : IConsumer<VerzuimmeldingReady>, IConsumer<VerzuimmeldingEinddatumSet>, IConsumer<VerzuimmeldingWithdrawn>
{
    public const string Name = "duo.meldingen";

    public async Task Consume(ConsumeContext<VerzuimmeldingReady> context)
    {
        var melding = context.Message;
        if (DuoSoorten.Of(melding.Kind, melding.Regime) is not { } soort)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var messageId = MessageId(context);
        await using var transaction = await store.BeginAsync(Name, messageId, cancellationToken);
        if (transaction.IsRepeat || await transaction.FindMeldingAsync(melding.MeldingId, cancellationToken) is not null)
        {
            return; // a redelivery, or the same melding published again (a re-route): it goes once
        }

        var now = time.GetUtcNow();
        var nummer = await transaction.FindNummerAsync(melding.Pupil, cancellationToken);
        var leslocatie = await transaction.FindLeslocatieAsync(melding.Brin, cancellationToken);
        var reden = await transaction.FindConfirmedRedenAsync(melding.MeldingId, cancellationToken);
        var document = DuoMeldingMapping.Map(melding, nummer, leslocatie, reden);
        var entry = Entry(melding, soort, now);
        if (document.Melding is { } made)
        {
            transaction.Queue(entry, made, messageId);
        }
        else
        {
            transaction.Refuse(entry, document.Reasons, DuoFeedback.NotRegistered(
                melding.Brin, melding.Vestiging, melding.MeldingId, melding.LvsPupilKey, "melden", DuoFeedback.RefusedByHub, document.Reasons, now));
            DuoOutboundLog.Refused(logger, melding.MeldingId, melding.Brin, "melden", DuoFeedback.RefusedByHub, DuoFeedback.Codes(document.Reasons));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task Consume(ConsumeContext<VerzuimmeldingEinddatumSet> context)
    {
        var change = context.Message;
        return MutatieAsync(context, change.MeldingId, m => new DuoMutatie { Meldingsnummer = "", MeldingId = m.MeldingId, Brin = m.Brin, Einddatum = change.Einddatum });
    }

    public Task Consume(ConsumeContext<VerzuimmeldingWithdrawn> context)
    {
        var change = context.Message;
        return MutatieAsync(context, change.MeldingId, m => new DuoMutatie { Meldingsnummer = "", MeldingId = m.MeldingId, Brin = m.Brin, Intrekken = true });
    }

    /// <summary>
    /// A change follows its melding to DUO, behind it in the pupil's order. The meldingsnummer is filled in at send time.
    /// A melding the hub never queued for DUO (absoluut verzuim, refused before sending) has nothing there to change.
    /// </summary>
    private async Task MutatieAsync(ConsumeContext context, Guid meldingId, Func<DuoMeldingState, DuoMutatie> mutatie)
    {
        var cancellationToken = context.CancellationToken;
        var messageId = MessageId(context);
        await using var transaction = await store.BeginAsync(Name, messageId, cancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var melding = await transaction.FindMeldingAsync(meldingId, cancellationToken);
        if (melding is null || melding.Status == "geweigerd")
        {
            DuoOutboundLog.ChangeNotForDuo(logger, meldingId, melding?.Status ?? "none");
        }
        else
        {
            transaction.QueueMutatie(messageId, melding.Pupil, mutatie(melding), time.GetUtcNow());
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DuoMeldingEntry Entry(VerzuimmeldingReady melding, DuoSoort soort, DateTimeOffset now) => new()
    {
        MeldingId = melding.MeldingId,
        Pupil = melding.Pupil,
        Brin = melding.Brin,
        Vestiging = melding.Vestiging,
        LvsPupilKey = melding.LvsPupilKey,
        Soort = soort.ToString(),
        Begindatum = melding.Begindatum,
        Einddatum = melding.Einddatum,
        Gemeente = string.IsNullOrWhiteSpace(melding.Woongemeente) ? null : melding.Woongemeente,
        FollowsMeldingId = melding.FollowsMeldingId,
        Deadline = melding.Deadline,
        MadeAt = melding.MadeAt,
        CreatedAt = now,
    };

    private static Guid MessageId(ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("A melding message needs its message id (the outbox sets it).");
}
