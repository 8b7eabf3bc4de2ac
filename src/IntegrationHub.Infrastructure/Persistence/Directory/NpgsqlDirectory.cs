using Dapper;
using IntegrationHub.Application.Routing;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// The routing directory read from PostgreSQL as it stood on a given day. One query per lookup: the gemeente valid on
/// that day, its leerplicht route (an alternative route for the first of the pupil's kinds that has one wins over the
/// default) and its RMC region's organisation.
/// </summary>
public sealed class NpgsqlDirectory(NpgsqlDataSource dataSource) : IDirectory
{
    public async Task<GemeenteRoute?> FindGemeenteAsync(string gemeenteCode, DateOnly on, IReadOnlyList<string> pupilKinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gemeenteCode);
        ArgumentNullException.ThrowIfNull(pupilKinds);
        var kinds = pupilKinds.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim().ToLowerInvariant()).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RouteRow>(new CommandDefinition(
            DirectorySql.FindGemeente,
            new { Code = DirectoryCodes.NormaliseGemeente(gemeenteCode), On = on, Kinds = kinds },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        return new GemeenteRoute(
            row.GemeenteCode,
            row.Naam,
            row.LeerplichtId is null ? null : new PartnerOrganisation(row.LeerplichtId, PartnerKind.Leerplicht, row.LeerplichtName!),
            row.RmcId is null ? null : new PartnerOrganisation(row.RmcId, PartnerKind.Rmc, row.RmcName!),
            row.NotifyPartners,
            row.MazlBought);
    }

    public async Task<JgzService?> FindJgzAsync(string brin, string vestiging, DateOnly on, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JgzRow>(new CommandDefinition(
            DirectorySql.FindJgz, new { Brin = brin, Vestiging = vestiging, On = on }, cancellationToken: cancellationToken));
        return row is null ? null : new JgzService(new PartnerOrganisation(row.OrganisationId, PartnerKind.Jgz, row.Name), row.MazlBasis);
    }

    private sealed record RouteRow(
        string GemeenteCode, string Naam, string? LeerplichtId, string? LeerplichtName, bool NotifyPartners, bool MazlBought, string? RmcId, string? RmcName);

    private sealed record JgzRow(string OrganisationId, string Name, string MazlBasis);
}
