using System.Data.Common;
using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>The leerplicht routes and JGZ assignments of <see cref="NpgsqlDirectoryStore"/>.</summary>
public sealed partial class NpgsqlDirectoryStore
{
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
}
