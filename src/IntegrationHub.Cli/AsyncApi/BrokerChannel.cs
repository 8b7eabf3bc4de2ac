namespace IntegrationHub.Cli.AsyncApi;

/// <summary>
/// One exchange or queue of the hub's broker as the AsyncAPI document describes it: its address (with placeholders
/// such as <c>{brin}</c>), which way messages flow, who may use it and which contracts travel on it.
/// </summary>
/// <param name="Id">The channel's key in the document, e.g. "schoolInbound".</param>
/// <param name="Address">The exchange or queue name with placeholders, from <see cref="Application.Messaging.Topology"/>.</param>
/// <param name="IsQueue">A queue the user reads (true) or an exchange the user writes to (false).</param>
/// <param name="HubSends">The hub sends here (true: MassTransit envelopes) or receives here (false: plain JSON or an envelope).</param>
/// <param name="Operation">The operation's key in the document, e.g. "receiveSchoolMessages".</param>
/// <param name="Security">The security scheme of the user on the other side: "schoolUser" or "partnerUser".</param>
/// <param name="User">That user's name with placeholders, e.g. "lvs-{brin}".</param>
/// <param name="Parameter">The placeholder in <paramref name="Address"/>: "brin", "org" or "region".</param>
internal sealed record BrokerChannel(
    string Id,
    string Address,
    bool IsQueue,
    bool HubSends,
    string Operation,
    string Security,
    string User,
    string Parameter,
    string Title,
    string Description,
    IReadOnlyList<Type> Messages);
