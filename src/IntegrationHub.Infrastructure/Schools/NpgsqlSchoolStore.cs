using IntegrationHub.Domain.Meldingen;
using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Schools;

public sealed class NpgsqlSchoolStore(NpgsqlDataSource dataSource) : ISchoolStore
{
    private const string UpsertSchoolSql = """
        INSERT INTO schools (brin, name, region, melder_naam, melder_functie, melder_telefoon, melder_email,
                             door_school_ondernomen_actie, actie_gemeente_gewenst, actie_gemeente_toelichting, requires_approval, batched_acceptance)
        VALUES (@Brin, @Name, @Region, @MelderNaam, @MelderFunctie, @MelderTelefoon, @MelderEmail,
                @OndernomenActie, @ActieGemeenteGewenst, @ActieGemeenteToelichting, @RequiresApproval, @BatchedAcceptance)
        ON CONFLICT (brin) DO UPDATE SET name = excluded.name, region = excluded.region,
            melder_naam = excluded.melder_naam, melder_functie = excluded.melder_functie,
            melder_telefoon = excluded.melder_telefoon, melder_email = excluded.melder_email,
            door_school_ondernomen_actie = excluded.door_school_ondernomen_actie,
            actie_gemeente_gewenst = excluded.actie_gemeente_gewenst,
            actie_gemeente_toelichting = excluded.actie_gemeente_toelichting,
            requires_approval = excluded.requires_approval,
            batched_acceptance = excluded.batched_acceptance
        """;

    private const string UpsertAmqpCredentialSql = """
        INSERT INTO school_credentials (credential_id, brin, kind, secret_sha256)
        VALUES (@CredentialId, @Brin, 'amqp', NULL)
        ON CONFLICT (credential_id) DO UPDATE SET revoked_at = NULL
        """;

    private const string FindActiveHttpCredentialIdSql = """
        SELECT credential_id FROM school_credentials
        WHERE brin = @Brin AND kind = 'http' AND revoked_at IS NULL
        ORDER BY created_at
        LIMIT 1
        """;

    private const string AddHttpCredentialSql = """
        INSERT INTO school_credentials (credential_id, brin, kind, secret_sha256)
        VALUES (@CredentialId, @Brin, 'http', @SecretSha256)
        """;

    private const string FindBySecretSql = """
        SELECT credential_id AS CredentialId, brin AS Brin FROM school_credentials
        WHERE secret_sha256 = @SecretSha256 AND kind = 'http' AND revoked_at IS NULL
        """;

    private const string RevokeSql = """
        UPDATE school_credentials SET revoked_at = now()
        WHERE credential_id = @CredentialId AND revoked_at IS NULL
        """;

    public async Task UpsertSchoolAsync(string brin, string name, SchoolRegion region, Melder melder, SchoolOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(melder);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var regionName = region.ToString().ToLowerInvariant();
        await connection.ExecuteAsync(new CommandDefinition(UpsertSchoolSql, new
        {
            Brin = brin, Name = name, Region = regionName, MelderNaam = melder.Naam, MelderFunctie = melder.Functie,
            MelderTelefoon = melder.Telefoon, MelderEmail = melder.Email, OndernomenActie = melder.DoorSchoolOndernomenActie,
            melder.ActieGemeenteGewenst, melder.ActieGemeenteToelichting, options.RequiresApproval, options.BatchedAcceptance,
        }, cancellationToken: cancellationToken));
    }

    public async Task UpsertAmqpCredentialAsync(string brin, string credentialId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpsertAmqpCredentialSql, new { Brin = brin, CredentialId = credentialId }, cancellationToken: cancellationToken));
    }

    public async Task<string?> FindActiveHttpCredentialIdAsync(string brin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(FindActiveHttpCredentialIdSql, new { Brin = brin }, cancellationToken: cancellationToken));
    }

    public async Task AddHttpCredentialAsync(string brin, string credentialId, string secretSha256, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(AddHttpCredentialSql, new { Brin = brin, CredentialId = credentialId, SecretSha256 = secretSha256 }, cancellationToken: cancellationToken));
    }

    public async Task<SchoolCredential?> FindActiveHttpCredentialAsync(string secretSha256, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SchoolCredential>(new CommandDefinition(FindBySecretSql, new { SecretSha256 = secretSha256 }, cancellationToken: cancellationToken));
    }

    public async Task RevokeAsync(string credentialId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RevokeSql, new { CredentialId = credentialId }, cancellationToken: cancellationToken));
    }
}
