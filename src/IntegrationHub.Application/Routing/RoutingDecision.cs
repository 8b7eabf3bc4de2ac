namespace IntegrationHub.Application.Routing;

/// <summary>What the directory says about one melding or referral: a route, or park it (never drop, never guess).</summary>
public abstract record RoutingDecision;

/// <summary>
/// Route to <see cref="Organisation"/>. <see cref="Notify"/> false: the gemeente switched partner notifications off,
/// so the route is recorded and nothing goes to the partner's queue.
/// </summary>
public sealed record RouteTo(PartnerOrganisation Organisation, bool Notify) : RoutingDecision;

/// <summary>
/// Park, with a coded <see cref="Reason"/> for the school and a <see cref="Detail"/> for the operator.
/// <see cref="Woongemeente"/> is the CBS code the directory was asked about, when there was one: the entry an operator
/// looks up and fixes.
/// </summary>
public sealed record ParkFor(string Reason, string Detail, string? Woongemeente = null) : RoutingDecision;
