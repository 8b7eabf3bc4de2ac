namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// A delivery the directory could not route, as the console lists it: the melding or referral id, the school, the coded
/// reason (<c>ParkReasons</c>) and its detail (e.g. the gemeente code that had no organisation).
/// </summary>
public sealed record ParkedBoardRow(long ParkedId, Guid SubjectId, string SubjectKind, string Brin, string Vestiging, string Reason, string Detail, DateTime ParkedAt, string? Woongemeente);
