namespace IntegrationHub.Infrastructure.Persistence.Console;

/// <summary>The SQL of the console's accounts and audit log (migration 0053).</summary>
internal static class ConsoleSql
{
    public const string InsertAccount = """
        INSERT INTO console_accounts (name, password_hash, role, organisation_id, brin, created_at)
        VALUES (@Name, @PasswordHash, @Role, @OrganisationId, @Brin, @CreatedAt)
        ON CONFLICT (name) DO NOTHING
        """;

    public const string FindAccount = """
        SELECT name AS Name, password_hash AS PasswordHash, role AS Role, organisation_id AS OrganisationId, brin AS Brin,
               created_at AS CreatedAt, disabled AS Disabled
        FROM console_accounts WHERE name = @Name
        """;

    public const string ListAccounts = """
        SELECT name AS Name, password_hash AS PasswordHash, role AS Role, organisation_id AS OrganisationId, brin AS Brin,
               created_at AS CreatedAt, disabled AS Disabled
        FROM console_accounts ORDER BY name
        """;

    public const string DisableAccount = "UPDATE console_accounts SET disabled = true WHERE name = @Name";

    public const string UpdatePasswordHash = "UPDATE console_accounts SET password_hash = @PasswordHash WHERE name = @Name";

    public const string OrganisationKind = "SELECT kind FROM partner_organisations WHERE organisation_id = @Id";

    public const string SchoolExists = "SELECT EXISTS (SELECT 1 FROM schools WHERE brin = @Brin)";

    public const string InsertAudit = """
        INSERT INTO console_audit (at, actor, role, action, object_type, object_id, detail)
        VALUES (@At, @Actor, @Role, @Action, @ObjectType, @ObjectId, @Detail)
        """;
}
