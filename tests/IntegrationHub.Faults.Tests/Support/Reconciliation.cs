using System.Globalization;
using System.Text.Json;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// One reconciliation of a hub after a fault, from PostgreSQL, the DUO stand-in's store and what the schools and
/// partners received. Every "wrong" count must be 0; the others say what was checked.
/// </summary>
public sealed record Reconciliation
{
    public required string Phase { get; init; }

    // Inbound events: the ledger against the message ids the broker confirmed to the schools.
    public long Published { get; init; }
    public long Republished { get; init; }
    public long Stored { get; init; }
    public long StoredTwice { get; init; }
    public long NotStored { get; init; }

    // Meldingen at DUO: the stand-in registers naively (a double send is two registrations).
    public long MeldingenForDuo { get; init; }
    public long DuoRegistrations { get; init; }
    public long DuoBusinessKeysTwice { get; init; }
    public long DuoMeldingenTwice { get; init; }
    public long DuoNotRegistered { get; init; }

    // Feedback at the schools: every sent outbox row delivered at least once; applied once by message id.
    public long FeedbackSent { get; init; }
    public long FeedbackNotDelivered { get; init; }
    public long FeedbackDuplicateDeliveries { get; init; }
    public long FeedbackApplied { get; init; }
    public long FeedbackSubjectsWithTwoMessageIds { get; init; }

    // Disclosures: one log entry per partner message and per DUO request, and none without one.
    public long PartnerMessages { get; init; }
    public long PartnerNotDelivered { get; init; }
    public long PartnerMessagesWithoutOneDisclosure { get; init; }
    public long DuoRequests { get; init; }
    public long DuoRequestsWithoutOneDisclosure { get; init; }
    public long DisclosuresWithoutMessage { get; init; }

    public long Wrong => StoredTwice + NotStored + DuoBusinessKeysTwice + DuoMeldingenTwice + DuoNotRegistered + FeedbackNotDelivered
        + FeedbackSubjectsWithTwoMessageIds + PartnerNotDelivered + PartnerMessagesWithoutOneDisclosure + DuoRequestsWithoutOneDisclosure + DisclosuresWithoutMessage;

    public static string Header =>
        "| after | events published (again) | stored / twice / missing | meldingen for DUO / registrations / business key twice / not registered | feedback sent / not delivered / delivered twice / applied / a subject under two ids | partner messages / not delivered / without one disclosure | DUO requests / without one disclosure | disclosures without a message |\n"
        + "|---|---|---|---|---|---|---|---|";

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Phase} | {Published:N0} ({Republished:N0}) | {Stored:N0} / {StoredTwice} / {NotStored} | {MeldingenForDuo} / {DuoRegistrations} / {DuoBusinessKeysTwice + DuoMeldingenTwice} / {DuoNotRegistered} | {FeedbackSent:N0} / {FeedbackNotDelivered} / {FeedbackDuplicateDeliveries} / {FeedbackApplied:N0} / {FeedbackSubjectsWithTwoMessageIds} | {PartnerMessages} / {PartnerNotDelivered} / {PartnerMessagesWithoutOneDisclosure} | {DuoRequests} / {DuoRequestsWithoutOneDisclosure} | {DisclosuresWithoutMessage} |");

    public static async Task<Reconciliation> ReadAsync(
        string phase,
        string connectionString,
        ResilientPublisher publisher,
        FeedbackRecorder feedback,
        IReadOnlyDictionary<Guid, int> partnerReceived,
        DuoStandInStore duo)
    {
        var published = publisher.Confirmed.ToHashSet();
        var ledger = await FaultDatabase.LedgerCountsAsync(connectionString);
        var outbox = await FaultDatabase.OutboxAsync(connectionString);
        var disclosures = await FaultDatabase.DisclosuresAsync(connectionString);
        var duoRequests = await FaultDatabase.DuoRequestsAsync(connectionString);
        var duoMeldingen = await FaultDatabase.DuoMeldingenAsync(connectionString);
        var registrations = duo.Registrations;

        var feedbackRows = outbox.Where(o => IsFeedback(o.Destination) && o.Sent).ToList();
        var partnerRows = outbox.Where(o => IsPartner(o.Destination) && o.Sent).ToList();
        var outboxIds = outbox.Select(o => o.MessageId).ToHashSet();
        var disclosuresById = disclosures.GroupBy(d => d.MessageId).ToDictionary(g => g.Key, g => g.Count());
        var registeredIds = registrations.Select(r => r.MeldingId).ToHashSet();

        return new Reconciliation
        {
            Phase = phase,
            Published = published.Count,
            Republished = publisher.Republished,
            Stored = ledger.Count,
            StoredTwice = ledger.Count(l => l.Value > 1),
            NotStored = published.Count(id => !ledger.ContainsKey(id)),
            MeldingenForDuo = duoMeldingen.Count,
            DuoRegistrations = registrations.Count,
            DuoBusinessKeysTwice = registrations.GroupBy(r => r.BusinessKey).Count(g => g.Count() > 1),
            DuoMeldingenTwice = registrations.GroupBy(r => r.MeldingId).Count(g => g.Count() > 1),
            DuoNotRegistered = duoMeldingen.Count(m => m.Status != "geweigerd" && (m.Meldingsnummer is null || !registeredIds.Contains(m.MeldingId))),
            FeedbackSent = feedbackRows.Count,
            FeedbackNotDelivered = feedbackRows.Count(r => !feedback.Deliveries.ContainsKey(r.MessageId)),
            FeedbackDuplicateDeliveries = feedback.DuplicateDeliveries,
            FeedbackApplied = feedback.Applied.Count,
            FeedbackSubjectsWithTwoMessageIds = feedback.Applied.Values.GroupBy(Subject).Count(g => g.Key is not null && g.Count() > 1),
            PartnerMessages = partnerRows.Count,
            PartnerNotDelivered = partnerRows.Count(r => !partnerReceived.ContainsKey(r.MessageId)),
            PartnerMessagesWithoutOneDisclosure = partnerRows.Count(r => disclosuresById.GetValueOrDefault(r.MessageId) != 1),
            DuoRequests = duoRequests.Count(r => r.Done),
            DuoRequestsWithoutOneDisclosure = duoRequests.Count(r => r.Done && r.Operation == "melden" && r.Disclosures != 1),
            DisclosuresWithoutMessage = disclosures.Count(d => d.Recipient != "duo" && !outboxIds.Contains(d.MessageId)),
        };
    }

    private static bool IsFeedback(string destination) => destination.StartsWith("queue:school.", StringComparison.Ordinal);

    /// <summary>A partner's queue (leerplicht.ORG, rmc.REGION, jgz.ORG), as the outbox names it; events published to the bus have no destination.</summary>
    public static bool IsPartner(string destination) =>
        destination.StartsWith("queue:leerplicht.", StringComparison.Ordinal)
        || destination.StartsWith("queue:rmc.", StringComparison.Ordinal)
        || destination.StartsWith("queue:jgz.", StringComparison.Ordinal);

    /// <summary>
    /// What a feedback message is about, for the school applying it: the first answer to a submission, or a melding's
    /// sent / registered notice. Two envelope ids for one subject would make the school apply it twice. Null: not keyed.
    /// </summary>
    private static string? Subject(FeedbackMessage message) =>
        message.ShortType switch
        {
            "SubmissionAccepted" when !(message.Message.TryGetProperty("isDuplicate", out var d) && d.ValueKind == JsonValueKind.True)
                => "accepted " + message.MessageId,
            "SubmissionRejected" => "rejected " + message.MessageId,
            "VerzuimmeldingSent" or "VerzuimmeldingRegistered" => message.ShortType + " " + message.MeldingId,
            _ => null,
        };
}
