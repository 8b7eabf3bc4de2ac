using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.AsyncApi;

/// <summary>
/// Every exchange and queue a school or partner uses, named by <see cref="Topology"/> and carrying the lists of
/// <see cref="ContractTypes"/>: the single source the AsyncAPI document is generated from.
/// </summary>
internal static class BrokerChannels
{
    public const string Brin = "{brin}";
    public const string Org = "{org}";
    public const string Region = "{region}";

    public static IReadOnlyList<BrokerChannel> All { get; } =
    [
        new(
            "schoolInbound", Topology.InboundExchange(Brin), IsQueue: false, HubSends: false, "receiveSchoolMessages",
            "schoolUser", Topology.SchoolUser(Brin), "brin",
            "A school's inbound exchange",
            $"Where a school's LVS publishes (routing key empty). A durable fanout exchange bound to the hub's queue `{Topology.IntakeQueue}`. "
            + "Only the school's own user may write here, so the exchange proves which school sent a message; a body naming another BRIN is rejected (`school.brin-mismatch`). "
            + "Every message is answered on the school's feedback queue.",
            ContractTypes.Inbound),
        new(
            "schoolFeedback", Topology.FeedbackQueue(Brin), IsQueue: true, HubSends: true, "sendSchoolFeedback",
            "schoolUser", Topology.SchoolUser(Brin), "brin",
            "A school's feedback queue",
            "What the hub tells the school: the answer to every message (accepted, duplicate, rejected with reasons), findings, digests, "
            + "meldingen sent, decisions needed, deliveries parked, MAZL referrals sent or blocked, and what partners answered. "
            + "Declared as MassTransit declares a send endpoint: a durable fanout exchange of the same name bound to this durable queue.",
            ContractTypes.Outbound),
        new(
            "leerplichtQueue", Topology.PartnerQueue(PartnerKind.Leerplicht, Org), IsQueue: true, HubSends: true, "sendToLeerplicht",
            "partnerUser", Topology.PartnerUser(Org), "org",
            "A leerplicht organisation's queue",
            "Verzuimmeldingen for pupils whose woongemeente this organisation serves (an RBL where one serves the gemeente), and their updates: "
            + "the meldingsnummer once DUO registered the melding, the einddatum, a withdrawal, a status. The melding's source of record is DUO's register; "
            + "the notification carries the same melding id, so a bureau never counts a melding twice. Answer with `PartnerStatusSet` on `partner.{org}.in`.",
            PartnerMessages(PartnerKind.Leerplicht)),
        new(
            "rmcQueue", Topology.PartnerQueue(PartnerKind.Rmc, Region), IsQueue: true, HubSends: true, "sendToRmc",
            "partnerUser", Topology.PartnerUser(Region), "region",
            "An RMC region's queue",
            "RMC meldingen (pupils 18 to 23 without a startkwalificatie) for pupils whose woongemeente lies in this region, and their updates, "
            + "as on a leerplicht queue. `{region}` is the region's organisation id in the hub's directory. Answer with `PartnerStatusSet` on `partner.{region}.in`.",
            PartnerMessages(PartnerKind.Rmc)),
        new(
            "jgzQueue", Topology.PartnerQueue(PartnerKind.Jgz, Org), IsQueue: true, HubSends: true, "sendToJgz",
            "partnerUser", Topology.PartnerUser(Org), "org",
            "A JGZ organisation's queue",
            "MAZL referrals from the schools this JGZ serves, sent only after the school recorded its conversation with pupil and parents and only on the "
            + "region's legal basis (recorded consent by default). The pupil is named by the hub's pseudonym, never the BSN. Answer with `JgzAdviceGiven` on `partner.{org}.in`.",
            PartnerMessages(PartnerKind.Jgz)),
        new(
            "partnerInbound", Topology.PartnerInboundExchange(Org), IsQueue: false, HubSends: false, "receivePartnerAnswers",
            "partnerUser", Topology.PartnerUser(Org), "org",
            "A partner's inbound exchange",
            $"Where a partner answers (routing key empty): a leerplicht organisation or RMC region sets a status (`PartnerStatusSet`), a JGZ gives its advice (`JgzAdviceGiven`). "
            + $"A durable fanout exchange bound to the hub's queue `{Topology.PartnerIntakeQueue}`. Only the partner's own user may write here, and the broker checks `user_id`, "
            + "so the hub knows which organisation answered. A status goes to DUO's register as that gemeente's status update; the school hears it once the hub's poll of DUO returns it. "
            + "Advice goes to the school that sent the referral, on consent.",
            ContractTypes.FromPartner),
    ];

    /// <summary>Which of the <see cref="ContractTypes.ToPartner"/> messages a kind of partner receives.</summary>
    public static IReadOnlyList<Type> PartnerMessages(PartnerKind kind) =>
        [.. ContractTypes.ToPartner.Where(type => kind == PartnerKind.Jgz ? type == typeof(MazlReferral) : type != typeof(MazlReferral))];
}
