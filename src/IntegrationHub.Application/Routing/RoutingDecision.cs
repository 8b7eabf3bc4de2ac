namespace IntegrationHub.Application.Routing;

/// <summary>What the directory says about one melding or referral: a route, or park it (never drop, never guess).</summary>
public abstract record RoutingDecision;

/// <summary>
/// Route to <see cref="Organisation"/>. <see cref="Notify"/> false: the gemeente switched partner notifications off,
/// so the route is recorded and nothing goes to the partner's queue.
/// </summary>
public sealed record RouteTo(PartnerOrganisation Organisation, bool Notify) : RoutingDecision;

/// <summary>Park, with a coded <see cref="Reason"/> for the school and a <see cref="Detail"/> for the operator.</summary>
public sealed record ParkFor(string Reason, string Detail) : RoutingDecision;
