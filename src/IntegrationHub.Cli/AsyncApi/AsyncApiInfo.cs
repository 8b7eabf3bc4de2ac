using System.Text.Json.Nodes;
using IntegrationHub.Application.Messaging;

namespace IntegrationHub.Cli.AsyncApi;

/// <summary>The prose of the AsyncAPI document: what an integrator reads first, the placeholders and the broker users.</summary>
internal static class AsyncApiInfo
{
    private const string Description = """
        The exchanges and queues of IntegrationHub, the school-absence (verzuim) integration hub, and the V1 contracts that travel on them.
        Generated from the hub's code (`hub asyncapi export`); each message's payload refers to its JSON Schema in `schemas/v1`.
        The same contracts are published as the NuGet package `IntegrationHub.Contracts`, whose version this document carries.

        **Who connects.** A school's LVS as `lvs-{brin}`: it publishes to `school.{brin}.in` and reads `school.{brin}.feedback`.
        A partner organisation as `partner-{org}`: it reads its own queue (`leerplicht.{org}`, `rmc.{region}` or `jgz.{org}`) and answers on
        `partner.{org}.in`. Each user may write to its own exchange and read its own queue, nothing else, and declares nothing.

        **Messages the hub sends** are MassTransit JSON envelopes (`application/vnd.masstransit+json`): the contract is in `message`,
        `messageType[0]` is `urn:message:IntegrationHub.Contracts.V1:<Name>`, `messageId` is unique per message and the same on a redelivery.
        Acknowledge after handling; de-duplicate by `messageId` (delivery is at least once).

        **Messages the hub receives** are either the contract as plain JSON (`application/json`) with its name in the AMQP `type` property
        (`PartnerStatusSet`, or the urn), or a MassTransit envelope. Publish persistent (delivery mode 2), with publisher confirms.
        Set `user_id` to your user name if you like: RabbitMQ refuses a message whose `user_id` is not the connection's user, and the hub
        takes the sender from the exchange only that user can write to.

        **Tracing.** W3C trace context: the hub puts the `traceparent` of the school message behind a partner message on it (AMQP header and
        envelope `headers`). Send it back on your answer with your own span id: as the `traceparent` AMQP header and, where the contract
        has one, in its `traceParent` member.

        **Versioning.** The namespace `IntegrationHub.Contracts.V1` plus the type name is a contract's wire identity. Within V1 contracts only
        grow (new optional members, new message types; a new enum code is announced before it is sent), so read tolerantly: ignore members
        you do not know, and skip message types you do not handle. A breaking change gets a new namespace (V2) next to V1.
        """;

    public static JsonObject Create(string version) => new()
    {
        ["title"] = "IntegrationHub broker",
        ["version"] = version,
        ["description"] = Description.ReplaceLineEndings("\n"),
        ["tags"] = new JsonArray(new JsonObject { ["name"] = "verzuim" }, new JsonObject { ["name"] = "leerplicht" }, new JsonObject { ["name"] = "mazl" }),
    };

    public static JsonObject Parameter(string name) => name switch
    {
        "brin" => new JsonObject
        {
            ["description"] = "The school's BRIN: two digits and two capitals or digits.",
            ["examples"] = new JsonArray("12AB"),
        },
        "region" => new JsonObject
        {
            ["description"] = "The RMC region's organisation id in the hub's directory.",
            ["examples"] = new JsonArray("rmc-31"),
        },
        _ => new JsonObject
        {
            ["description"] = "The partner's organisation id in the hub's directory (a lowercase slug; for an RMC region its region id).",
            ["examples"] = new JsonArray("rbl-utrecht-zuid", "jgz-ggd-regio-utrecht"),
        },
    };

    public static JsonObject SecuritySchemes() => new()
    {
        ["schoolUser"] = new JsonObject
        {
            ["type"] = "userPassword",
            ["description"] = $"One broker user per school, `{Topology.SchoolUser("{brin}")}`, made by `hub school add` (the password is printed once). "
                + $"Permissions on the hub's virtual host: configure nothing, write `{Topology.InboundExchange("{brin}")}`, read `{Topology.FeedbackQueue("{brin}")}`.",
        },
        ["partnerUser"] = new JsonObject
        {
            ["type"] = "userPassword",
            ["description"] = $"One broker user per partner organisation, `{Topology.PartnerUser("{org}")}`, made by `hub org add`. "
                + $"Permissions: configure nothing, write `{Topology.PartnerInboundExchange("{org}")}`, read its own queue. "
                + "The broker checks `user_id`, and the exchange names the sender, so a partner can only answer as itself.",
        },
    };
}
