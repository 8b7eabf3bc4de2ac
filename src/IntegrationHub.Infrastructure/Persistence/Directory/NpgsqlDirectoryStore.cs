using System.Data.Common;
using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// Changes and listings of the routing directory: organisations, CBS imports, leerplicht routes and JGZ assignments.
/// Every change runs in one transaction under the directory lock. Setting a row for a key from a day closes the row
/// in force the day before (or corrects it in place when it starts that very day); the same values again change
/// nothing. Unknown organisations, organisations of the wrong kind and unknown gemeenten are refused with a
/// <see cref="DirectoryDataException"/> that says so.
/// </summary>
public sealed partial class NpgsqlDirectoryStore(NpgsqlDataSource dataSource)
{
    public async Task<DirectoryOrganisation?> FindOrganisationAsync(string organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindOrganisationAsync(connection, null, organisationId, cancellationToken);
    }

    public async Task<IReadOnlyList<DirectoryOrganisation>> ListOrganisationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrganisationRow>(new CommandDefinition(DirectorySql.ListOrganisations, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOrganisation()).ToArray();
    }

    /// <summary>Adds the organisation, or renames it when its id exists with the same kind. Another kind is refused.</summary>
    public async Task AddOrganisationAsync(DirectoryOrganisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        await InTransactionAsync(async (connection, transaction) =>
        {
            var existing = await FindOrganisationAsync(connection, transaction, organisation.OrganisationId, cancellationToken);
            if (existing is not null && existing.Kind != organisation.Kind)
            {
                throw new DirectoryDataException(
                    $"Organisation '{organisation.OrganisationId}' exists, of kind {PartnerKinds.ToText(existing.Kind)}, not {PartnerKinds.ToText(organisation.Kind)}.");
            }

            await connection.ExecuteAsync(new CommandDefinition(DirectorySql.UpsertOrganisation, OrganisationParameters(organisation), transaction, cancellationToken: cancellationToken));
            return 0;
        }, cancellationToken);
    }

    /// <summary>Adds the organisation unless its id exists; true when it was added.</summary>
    public async Task<bool> AddOrganisationIfAbsentAsync(DirectoryOrganisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertOrganisationIfAbsent, OrganisationParameters(organisation), cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The gemeenten valid on <paramref name="on"/> (or the one with <paramref name="gemeenteCode"/>).</summary>
    public async Task<IReadOnlyList<GemeentePeriod>> GemeentenOnAsync(DateOnly on, string? gemeenteCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<GemeenteRow>(new CommandDefinition(DirectorySql.GemeentenOn, new { On = on, Code = gemeenteCode }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPeriod()).ToArray();
    }

    public async Task<IReadOnlyList<LeerplichtRoute>> LeerplichtOnAsync(DateOnly on, string? gemeenteCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<LeerplichtRoute>(new CommandDefinition(DirectorySql.LeerplichtOn, new { On = on, Code = gemeenteCode }, cancellationToken: cancellationToken))).ToArray();
    }

    public async Task<IReadOnlyList<JgzAssignment>> JgzOnAsync(DateOnly on, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<JgzAssignment>(new CommandDefinition(DirectorySql.JgzOn, new { On = on }, cancellationToken: cancellationToken))).ToArray();
    }

    private async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DirectorySql.Lock, transaction: transaction, cancellationToken: cancellationToken));
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task RequireOrganisationAsync(NpgsqlConnection connection, DbTransaction transaction, string organisationId, Application.Routing.PartnerKind kind, CancellationToken cancellationToken)
    {
        var organisation = await FindOrganisationAsync(connection, transaction, organisationId, cancellationToken)
            ?? throw new DirectoryDataException($"Unknown organisation '{organisationId}': add it first with `hub org add --kind {PartnerKinds.ToText(kind)} --id {organisationId} --name ...`.");
        if (organisation.Kind != kind)
        {
            throw new DirectoryDataException($"Organisation '{organisationId}' is of kind {PartnerKinds.ToText(organisation.Kind)}, not {PartnerKinds.ToText(kind)}.");
        }
    }

    private static async Task<DirectoryOrganisation?> FindOrganisationAsync(NpgsqlConnection connection, DbTransaction? transaction, string organisationId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<OrganisationRow>(new CommandDefinition(DirectorySql.FindOrganisation, new { Id = organisationId }, transaction, cancellationToken: cancellationToken));
        return row?.ToOrganisation();
    }

    private static object OrganisationParameters(DirectoryOrganisation organisation) => new
    {
        Id = organisation.OrganisationId,
        Kind = PartnerKinds.ToText(organisation.Kind),
        organisation.Name,
        organisation.Provenance,
    };

    private sealed record OrganisationRow(string OrganisationId, string Kind, string Name, string Provenance)
    {
        public DirectoryOrganisation ToOrganisation() => new(OrganisationId, PartnerKinds.Parse(Kind), Name, Provenance);
    }
}
