namespace IntegrationHub.Application.Console.School;

/// <summary>
/// The school screens' read side. Every method takes the user's BRIN and filters by it in the query: another school's
/// finding, melding or advice is never returned (a page then answers 404). <c>search</c> matches the school's LVS
/// pupil key, the melding or finding id, the soort and the meldingsnummer.
/// </summary>
public interface ISchoolConsoleQuery
{
    Task<SchoolPage<SchoolFindingRow>> FindingsAsync(string brin, string? search, int offset, int limit, CancellationToken cancellationToken);

    Task<SchoolPage<SchoolMeldingRow>> MeldingenAsync(string brin, string? search, bool decisionRequiredOnly, int offset, int limit, CancellationToken cancellationToken);

    Task<SchoolMeldingDetail?> MeldingAsync(string brin, Guid meldingId, CancellationToken cancellationToken);

    Task<SchoolPage<SchoolJgzAdviceRow>> JgzAdviceAsync(string brin, string? search, int offset, int limit, CancellationToken cancellationToken);
}
