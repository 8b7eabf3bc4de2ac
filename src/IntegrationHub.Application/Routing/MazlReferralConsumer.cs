using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Privacy;
using MassTransit;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// Sends a MAZL referral to the JGZ serving the school, on the region's basis (recorded consent by default, given by who
/// the WGBO names for the pupil's age) and only where the woongemeente buys MAZL; or tells the school why not, or parks
/// it when the directory has no JGZ for the school. The relay checks the consent again when it sends.
/// </summary>
public sealed class MazlReferralConsumer(IDirectory directory, IConsentRegistry consents, IRoutingStore store, TimeProvider time)
    : IConsumer<MazlReferralRequested>
{
    public const string Name = "routing.mazl";
    public const string ConsentScope = "mazl-referral";

    public async Task Consume(ConsumeContext<MazlReferralRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        await using var transaction = await store.BeginAsync(Name, VerzuimmeldingRoutingConsumer.RoutedMessageId(context), cancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var now = time.GetUtcNow();
        var on = request.ConversationHeldOn > DateOnly.FromDateTime(now.UtcDateTime) ? request.ConversationHeldOn : DateOnly.FromDateTime(now.UtcDateTime);
        var jgz = await directory.FindJgzAsync(request.Brin, request.Vestiging, on, cancellationToken);
        var gemeente = string.IsNullOrWhiteSpace(request.Woongemeente)
            ? null
            : await directory.FindGemeenteAsync(request.Woongemeente, on, [request.SchoolType], cancellationToken);
        if (jgz is null || gemeente is null)
        {
            var park = jgz is null
                ? new ParkFor(ParkReasons.JgzUnmapped, $"No JGZ organisation serves school {request.Brin}{request.Vestiging} on {on:yyyy-MM-dd}.")
                : MeldingRouting.Decide(request.Woongemeente, PartnerKind.Leerplicht, on, null) as ParkFor;
            Park(transaction, request, park!, now);
        }
        else if (!gemeente.MazlBought)
        {
            Block(transaction, request, BlockReasons.MazlNotBought, jgz.Organisation.OrganisationId, now);
        }
        else if (jgz.MazlBasis == "notice-to-parents")
        {
            Send(transaction, request, jgz, consentId: null, Disclosures.NoticeToParents, now);
        }
        else
        {
            var valid = await consents.FindValidAsync(request.Pupil, request.Brin, request.Vestiging, ConsentScope, on, cancellationToken);
            var consent = valid.FirstOrDefault(c => ConsentRules.GiverOf(c.GivenBy) is { } giver && ConsentRules.Covers(giver, request.BirthDate, on));
            if (consent is null)
            {
                Block(transaction, request, BlockReasons.ConsentMissing, jgz.Organisation.OrganisationId, now);
            }
            else
            {
                Send(transaction, request, jgz, consent.ConsentId, Disclosures.Consent, now);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void Send(IRoutingTransaction transaction, MazlReferralRequested request, JgzService jgz, string? consentId, string basis, DateTimeOffset now)
    {
        var referral = PartnerProjections.Referral(request, jgz, consentId, request.Contact, now);
        var delivery = VerzuimmeldingRoutingConsumer.Delivery(jgz.Organisation, referral, request.Pupil, request.TraceParent,
            $"MazlConversationRecorded {request.SchoolMessageId}", Disclosures.ReferralActivity, basis, Disclosures.ReferralCategories, consentId, now);
        transaction.Deliver(delivery);
        transaction.RecordReferral(Record(request, jgz.Organisation.OrganisationId, consentId, "pending", null, delivery.MessageId, now));
    }

    private static void Block(IRoutingTransaction transaction, MazlReferralRequested request, string reason, string? organisationId, DateTimeOffset now)
    {
        transaction.RecordReferral(Record(request, organisationId, null, "blocked", reason, null, now));
        transaction.SendToSchool(request.Brin, new MazlReferralBlocked
        {
            School = new SchoolRef { Brin = request.Brin, Vestiging = request.Vestiging },
            ReferralId = request.ReferralId,
            FindingId = request.FindingId,
            LvsPupilKey = request.LvsPupilKey,
            Reason = reason,
            BlockedAt = now,
        }, typeof(MazlReferralBlocked), request.TraceParent);
    }

    private static void Park(IRoutingTransaction transaction, MazlReferralRequested request, ParkFor park, DateTimeOffset now)
    {
        transaction.RecordReferral(Record(request, null, null, "parked", park.Reason, null, now));
        transaction.Park(new ParkedDelivery(request.ReferralId, "mazl-referral", request.Pupil, request.Brin, request.Vestiging, park.Reason, park.Detail,
            request, typeof(MazlReferralRequested), now));
        transaction.SendToSchool(request.Brin, new PartnerDeliveryParked
        {
            School = new SchoolRef { Brin = request.Brin, Vestiging = request.Vestiging },
            SubjectId = request.ReferralId,
            SubjectKind = "mazl-referral",
            LvsPupilKey = request.LvsPupilKey,
            Reason = park.Reason,
            Detail = park.Detail,
            ParkedAt = now,
        }, typeof(PartnerDeliveryParked), request.TraceParent);
    }

    private static ReferralRecord Record(
        MazlReferralRequested request, string? organisationId, string? consentId, string state, string? reason, Guid? messageId, DateTimeOffset now) =>
        new(request.ReferralId, request.FindingId, request.Pupil, request.Brin, request.Vestiging, request.LvsPupilKey, organisationId, consentId, state, reason, messageId, now);
}
