using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using MassTransit;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// Routes a settled melding to the organisation of the pupil's woongemeente (as the directory stood on the day the
/// melding was made) in the recipient's projection, with its disclosure entry, in one transaction; or parks it and
/// tells the school. The melding's later changes follow the same route, or wait behind it while it is parked.
/// </summary>
public sealed class VerzuimmeldingRoutingConsumer(IDirectory directory, IRoutingStore store, TimeProvider time)
    : IConsumer<VerzuimmeldingReady>, IConsumer<VerzuimmeldingEinddatumSet>, IConsumer<VerzuimmeldingWithdrawn>
{
    public const string Name = "routing.meldingen";

    public async Task Consume(ConsumeContext<VerzuimmeldingReady> context)
    {
        var melding = context.Message;
        var cancellationToken = context.CancellationToken;
        await using var transaction = await store.BeginAsync(Name, RoutedMessageId(context), cancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var meldingsnummer = await transaction.LockMeldingAsync(melding.MeldingId, cancellationToken);
        if (await transaction.FindRouteAsync(melding.MeldingId, cancellationToken) is not null)
        {
            return; // a re-route of a melding that went meanwhile: it goes once
        }

        var now = time.GetUtcNow();
        var on = melding.MadeOn ?? DateOnly.FromDateTime(melding.MadeAt.UtcDateTime);
        var kind = MeldingRouting.RecipientOf(melding.Recipient);
        var route = string.IsNullOrWhiteSpace(melding.Woongemeente)
            ? null
            : await directory.FindGemeenteAsync(melding.Woongemeente, on, melding.PupilKinds, cancellationToken);
        var decision = MeldingRouting.Decide(melding.Woongemeente, kind, on, route);
        if (decision is RouteTo { Notify: true } && await transaction.FindNummerAsync(melding.Pupil, cancellationToken) is null)
        {
            decision = new ParkFor(ParkReasons.IdentityMissing, "The hub holds no persoonsgebonden nummer for the pupil.");
        }

        switch (decision)
        {
            case ParkFor park:
                Park(transaction, melding, park, now);
                break;
            case RouteTo { Notify: false } off:
                transaction.RecordRoute(new MeldingRoute(melding.MeldingId, off.Organisation, melding.Woongemeente!, on, Notify: false, null, now));
                break;
            case RouteTo to:
                var nummer = (await transaction.FindNummerAsync(melding.Pupil, cancellationToken))!;
                var toelichting = await transaction.FindConfirmedToelichtingAsync(melding.MeldingId, cancellationToken);
                var notification = PartnerProjections.Notification(melding, melding.Woongemeente!, nummer, to.Organisation, toelichting) with
                {
                    Meldingsnummer = meldingsnummer,
                };
                var delivery = Delivery(to.Organisation, notification, melding.Pupil, melding.TraceParent, melding.Operation,
                    Disclosures.MeldingActivity(kind), Disclosures.MeldingBasis(kind), Disclosures.MeldingCategories, consentId: null, now);
                transaction.Deliver(delivery);
                transaction.RecordRoute(new MeldingRoute(melding.MeldingId, to.Organisation, melding.Woongemeente!, on, Notify: true, delivery.MessageId, now));
                break;
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task Consume(ConsumeContext<VerzuimmeldingEinddatumSet> context)
    {
        var change = context.Message;
        return FollowAsync(context, change.MeldingId, change.Pupil, change.Brin, change.Vestiging, change, typeof(VerzuimmeldingEinddatumSet),
            organisation => PartnerProjections.Einddatum(change, organisation));
    }

    public Task Consume(ConsumeContext<VerzuimmeldingWithdrawn> context)
    {
        var change = context.Message;
        return FollowAsync(context, change.MeldingId, change.Pupil, change.Brin, change.Vestiging, change, typeof(VerzuimmeldingWithdrawn),
            organisation => PartnerProjections.Withdrawn(change, organisation));
    }

    /// <summary>A change to a melding goes where the melding went; while the melding is parked (or unrouted) it waits.</summary>
    private async Task FollowAsync(
        ConsumeContext context, Guid meldingId, string? pupil, string? brin, string? vestiging, object change, Type changeType,
        Func<PartnerOrganisation, VerzuimmeldingNotificationUpdated> project)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await store.BeginAsync(Name, RoutedMessageId(context), cancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var now = time.GetUtcNow();
        var route = await transaction.FindRouteAsync(meldingId, cancellationToken);
        if (route is null)
        {
            transaction.Park(new ParkedDelivery(meldingId, "verzuimmelding", pupil ?? "", brin ?? "", vestiging ?? "", ParkReasons.MeldingParked,
                "The melding itself is not routed yet; this change follows it when it is re-routed.", change, changeType, now));
        }
        else if (route.Notify)
        {
            var kind = route.Organisation.Kind;
            transaction.Deliver(Delivery(route.Organisation, project(route.Organisation), pupil ?? "", traceParent: null, operation: null,
                Disclosures.MeldingUpdateActivity(kind), Disclosures.MeldingBasis(kind), Disclosures.MeldingUpdateCategories, consentId: null, now));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void Park(IRoutingTransaction transaction, VerzuimmeldingReady melding, ParkFor park, DateTimeOffset now)
    {
        transaction.Park(new ParkedDelivery(melding.MeldingId, "verzuimmelding", melding.Pupil, melding.Brin, melding.Vestiging, park.Reason, park.Detail,
            melding, typeof(VerzuimmeldingReady), now, park.Woongemeente));
        transaction.SendToSchool(melding.Brin, new PartnerDeliveryParked
        {
            School = new SchoolRef { Brin = melding.Brin, Vestiging = melding.Vestiging },
            SubjectId = melding.MeldingId,
            SubjectKind = "verzuimmelding",
            LvsPupilKey = melding.LvsPupilKey ?? "",
            Reason = park.Reason,
            Detail = park.Detail,
            ParkedAt = now,
        }, typeof(PartnerDeliveryParked), melding.TraceParent);
    }

    /// <summary>A message for a partner with its disclosure entry, continuing <paramref name="traceParent"/> (or a new trace).</summary>
    public static PartnerDelivery Delivery(
        PartnerOrganisation organisation, object message, string pupil, string? traceParent, string? operation, string activity, string basis,
        IReadOnlyList<string> categories, string? consentId, DateTimeOffset now)
    {
        var messageId = Guid.CreateVersion7();
        var trace = TraceSpan.ChildOf(traceParent);
        return new PartnerDelivery(organisation, message, message.GetType(), messageId, trace, new DisclosureEntry
        {
            MessageId = messageId,
            TraceId = trace.TraceId,
            SpanId = trace.SpanId,
            ParentSpanId = trace.ParentSpanId,
            Operation = operation,
            ActivityId = activity,
            LegalBasis = basis,
            Recipient = organisation.OrganisationId,
            DataCategories = categories,
            Subject = pupil,
            ConsentId = consentId,
            StartedAt = now,
        });
    }

    internal static Guid RoutedMessageId(ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("A routed message needs its message id (the outbox sets it).");
}
