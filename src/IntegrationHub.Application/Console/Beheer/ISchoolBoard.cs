namespace IntegrationHub.Application.Console.Beheer;

/// <summary>The connected schools for the operator's console (search by BRIN or name, paged). Connecting and rotating go through the SchoolProvisioner.</summary>
public interface ISchoolBoard
{
    Task<ResultPage<SchoolRow>> ListAsync(string? query, int offset, int limit, CancellationToken cancellationToken);

    Task<SchoolRow?> FindAsync(string brin, CancellationToken cancellationToken);

    /// <summary>The ids of the school's active HTTP credentials (never their secrets), oldest first.</summary>
    Task<IReadOnlyList<string>> ActiveHttpCredentialIdsAsync(string brin, CancellationToken cancellationToken);
}
