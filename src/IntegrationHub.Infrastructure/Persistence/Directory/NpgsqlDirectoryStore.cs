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
public sealed class NpgsqlDirectoryStore(NpgsqlDataSource dataSource)
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

    /// <summary>
    /// Imports a CBS table that holds from <paramref name="validFrom"/> (see <see cref="GemeenteImportPlan"/>).
    /// <paramref name="closeMissing"/>: the table is complete, so gemeenten not in it are closed the day before.
    /// </summary>
    public Task<GemeenteImportResult> ImportGemeentenAsync(IReadOnlyCollection<CbsGemeente> gemeenten, DateOnly validFrom, bool closeMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gemeenten);
        return InTransactionAsync(async (connection, transaction) =>
        {
            var current = (await connection.QueryAsync<GemeenteRow>(new CommandDefinition(
                DirectorySql.GemeentenOn, new { On = validFrom, Code = (string?)null }, transaction, cancellationToken: cancellationToken))).Select(r => r.ToPeriod()).ToArray();
            var later = (await connection.QueryAsync<(string Code, DateOnly ValidFrom)>(new CommandDefinition(
                DirectorySql.GemeenteStartsAfter, new { On = validFrom }, transaction, cancellationToken: cancellationToken))).ToDictionary(r => r.Code, r => r.ValidFrom, StringComparer.Ordinal);
            var plan = GemeenteImportPlan.Create(current, later, gemeenten, validFrom, closeMissing);

            foreach (var (code, from, until) in plan.Close)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CloseGemeente, new { Code = code, ValidFrom = from, ValidUntil = until }, transaction, cancellationToken: cancellationToken));
            }

            foreach (var (code, from) in plan.Remove)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.RemoveGemeente, new { Code = code, ValidFrom = from }, transaction, cancellationToken: cancellationToken));
            }

            foreach (var period in plan.Correct)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CorrectGemeente, GemeenteParameters(period), transaction, cancellationToken: cancellationToken));
            }

            foreach (var period in plan.Open)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertGemeente, GemeenteParameters(period), transaction, cancellationToken: cancellationToken));
            }

            return plan.Result;
        }, cancellationToken);
    }

    /// <summary>Sets the leerplicht route of a gemeente (for one pupil kind, or the default) from <see cref="LeerplichtRoute.ValidFrom"/>.</summary>
    public Task<DirectoryChange> SetLeerplichtAsync(LeerplichtRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await CheckLeerplichtAsync(connection, transaction, route, cancellationToken);
            var key = new { Code = route.GemeenteCode, route.PupilKind, On = route.ValidFrom };
            var current = await connection.QuerySingleOrDefaultAsync<LeerplichtRoute>(new CommandDefinition(DirectorySql.LeerplichtForKeyOn, key, transaction, cancellationToken: cancellationToken));
            if (current is not null && current.SameRouteAs(route))
            {
                return DirectoryChange.Unchanged;
            }

            if (current is not null && current.ValidFrom == route.ValidFrom)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CorrectLeerplicht, route, transaction, cancellationToken: cancellationToken));
                return DirectoryChange.Corrected;
            }

            DateOnly? until;
            if (current is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CloseLeerplicht, current with { ValidUntil = route.ValidFrom.AddDays(-1) }, transaction, cancellationToken: cancellationToken));
                until = current.ValidUntil;
            }
            else
            {
                var next = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(DirectorySql.LeerplichtNextStart, key, transaction, cancellationToken: cancellationToken));
                until = next?.AddDays(-1);
            }

            await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertLeerplicht, route with { ValidUntil = until }, transaction, cancellationToken: cancellationToken));
            return current is null ? DirectoryChange.Added : DirectoryChange.Superseded;
        }, cancellationToken);
    }

    /// <summary>Sets the JGZ of a school location (one vestiging, or the whole BRIN) from <see cref="JgzAssignment.ValidFrom"/>.</summary>
    public Task<DirectoryChange> SetJgzAsync(JgzAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await CheckJgzAsync(connection, transaction, assignment, cancellationToken);
            var key = new { assignment.Brin, assignment.Vestiging, On = assignment.ValidFrom };
            var current = await connection.QuerySingleOrDefaultAsync<JgzAssignment>(new CommandDefinition(DirectorySql.JgzForKeyOn, key, transaction, cancellationToken: cancellationToken));
            if (current is not null && current.SameAssignmentAs(assignment))
            {
                return DirectoryChange.Unchanged;
            }

            if (current is not null && current.ValidFrom == assignment.ValidFrom)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CorrectJgz, assignment, transaction, cancellationToken: cancellationToken));
                return DirectoryChange.Corrected;
            }

            DateOnly? until;
            if (current is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(DirectorySql.CloseJgz, current with { ValidUntil = assignment.ValidFrom.AddDays(-1) }, transaction, cancellationToken: cancellationToken));
                until = current.ValidUntil;
            }
            else
            {
                var next = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(DirectorySql.JgzNextStart, key, transaction, cancellationToken: cancellationToken));
                until = next?.AddDays(-1);
            }

            await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertJgz, assignment with { ValidUntil = until }, transaction, cancellationToken: cancellationToken));
            return current is null ? DirectoryChange.Added : DirectoryChange.Superseded;
        }, cancellationToken);
    }

    /// <summary>Adds a shipped leerplicht row unless the same key and start, or an overlapping period, exists; true when added.</summary>
    public Task<bool> AddLeerplichtIfAbsentAsync(LeerplichtRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await CheckLeerplichtAsync(connection, transaction, route, cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertLeerplichtIfAbsent, route, transaction, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);
    }

    /// <summary>Adds a shipped JGZ row unless the same key and start, or an overlapping period, exists; true when added.</summary>
    public Task<bool> AddJgzIfAbsentAsync(JgzAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await CheckJgzAsync(connection, transaction, assignment, cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(DirectorySql.InsertJgzIfAbsent, assignment, transaction, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);
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

    private static async Task CheckLeerplichtAsync(NpgsqlConnection connection, DbTransaction transaction, LeerplichtRoute route, CancellationToken cancellationToken)
    {
        await RequireOrganisationAsync(connection, transaction, route.OrganisationId, Application.Routing.PartnerKind.Leerplicht, cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            DirectorySql.GemeenteExistsOn, new { Code = route.GemeenteCode, On = route.ValidFrom }, transaction, cancellationToken: cancellationToken));
        if (!exists)
        {
            throw new DirectoryDataException(
                $"Unknown gemeente '{route.GemeenteCode}' on {route.ValidFrom:yyyy-MM-dd}: it is not in the directory on that day (import the CBS table first, or check the code and the date).");
        }
    }

    private static async Task CheckJgzAsync(NpgsqlConnection connection, DbTransaction transaction, JgzAssignment assignment, CancellationToken cancellationToken)
    {
        await RequireOrganisationAsync(connection, transaction, assignment.OrganisationId, Application.Routing.PartnerKind.Jgz, cancellationToken);
        if (assignment.MazlBasis is not (JgzAssignment.Consent or JgzAssignment.NoticeToParents))
        {
            throw new DirectoryDataException($"'{assignment.MazlBasis}' is not a MAZL basis (consent or notice-to-parents).");
        }
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

    private static object GemeenteParameters(GemeentePeriod period) => new
    {
        period.Gemeente.Code,
        period.Gemeente.Naam,
        period.Gemeente.RmcRegionCode,
        period.Gemeente.RmcRegionName,
        period.Gemeente.GgdRegionCode,
        period.Gemeente.GgdRegionName,
        period.Gemeente.Provenance,
        period.ValidFrom,
        period.ValidUntil,
    };

    private sealed record OrganisationRow(string OrganisationId, string Kind, string Name, string Provenance)
    {
        public DirectoryOrganisation ToOrganisation() => new(OrganisationId, PartnerKinds.Parse(Kind), Name, Provenance);
    }

    private sealed record GemeenteRow(
        string Code, string Naam, string RmcRegionCode, string RmcRegionName, string GgdRegionCode, string GgdRegionName, string Provenance, DateOnly ValidFrom, DateOnly? ValidUntil)
    {
        public GemeentePeriod ToPeriod() => new(new CbsGemeente(Code, Naam, RmcRegionCode, RmcRegionName, GgdRegionCode, GgdRegionName, Provenance), ValidFrom, ValidUntil);
    }
}
