namespace IntegrationHub.Application.Routing;

/// <summary>
/// A delivery the directory could not route, kept with the internal request it came from (<see cref="Request"/>, of
/// <see cref="RequestType"/>) so an operator can re-route it after fixing the directory. <see cref="Woongemeente"/>:
/// the gemeente code routing asked the directory about, if any (<see cref="ParkFor.Woongemeente"/>).
/// </summary>
public sealed record ParkedDelivery(
    Guid SubjectId,
    string SubjectKind,
    string Pupil,
    string Brin,
    string Vestiging,
    string Reason,
    string Detail,
    object Request,
    Type RequestType,
    DateTimeOffset ParkedAt,
    string? Woongemeente = null);
