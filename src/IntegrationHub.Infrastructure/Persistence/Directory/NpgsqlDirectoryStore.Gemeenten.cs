using System.Data.Common;
using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>The CBS import of <see cref="NpgsqlDirectoryStore"/>.</summary>
public sealed partial class NpgsqlDirectoryStore
{
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

    private sealed record GemeenteRow(
        string Code, string Naam, string RmcRegionCode, string RmcRegionName, string GgdRegionCode, string GgdRegionName, string Provenance, DateOnly ValidFrom, DateOnly? ValidUntil)
    {
        public GemeentePeriod ToPeriod() => new(new CbsGemeente(Code, Naam, RmcRegionCode, RmcRegionName, GgdRegionCode, GgdRegionName, Provenance), ValidFrom, ValidUntil);
    }
}
