namespace IntegrationHub.Application.Privacy;

/// <summary>
/// One consent in the registry (AVG art. 9(2)(a)), as the school recorded it: <see cref="Scope"/> "mazl-referral" or
/// "jgz-advice-to-school"; <see cref="GivenBy"/> "parents", "parents-and-pupil" or "pupil" (WGBO).
/// </summary>
public sealed record ConsentRecord(
    string ConsentId,
    string Pupil,
    string Brin,
    string Vestiging,
    string Scope,
    string GivenBy,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateOnly? WithdrawnOn);
