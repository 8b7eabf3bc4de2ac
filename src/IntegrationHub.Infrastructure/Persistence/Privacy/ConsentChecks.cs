using IntegrationHub.Application.Privacy;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>
/// The consent check's SQL, once: the consents of a pupil for a scope, recorded by a school location, valid on a day
/// (valid_from &lt;= day &lt;= valid_until) and not withdrawn on or before it. A withdrawal recorded before its give
/// has no scope, so it is never found as a consent. The relay calls it inside its own transaction at send time;
/// <see cref="NpgsqlConsentRegistry"/> calls it on a connection of its own.
/// </summary>
public static class ConsentChecks
{
    private const string FindValidSql = """
        SELECT consent_id, pupil_pseudonym, brin, vestiging, scope, given_by, valid_from, valid_until, withdrawn_on
        FROM consents
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging AND scope = @Scope
          AND valid_from <= @On AND valid_until >= @On
          AND (withdrawn_on IS NULL OR withdrawn_on > @On)
        ORDER BY valid_until DESC, consent_id
        """;

    public static async Task<IReadOnlyList<ConsentRecord>> FindValidAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string pupil, string brin, string vestiging, string scope, DateOnly on,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(FindValidSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("Pupil", pupil));
        command.Parameters.Add(new NpgsqlParameter("Brin", brin));
        command.Parameters.Add(new NpgsqlParameter("Vestiging", vestiging));
        command.Parameters.Add(new NpgsqlParameter("Scope", scope));
        command.Parameters.Add(new NpgsqlParameter("On", NpgsqlDbType.Date) { Value = on });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var consents = new List<ConsentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            consents.Add(new ConsentRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetFieldValue<DateOnly>(6),
                reader.GetFieldValue<DateOnly>(7),
                await reader.IsDBNullAsync(8, cancellationToken) ? null : reader.GetFieldValue<DateOnly>(8)));
        }

        return consents;
    }
}
