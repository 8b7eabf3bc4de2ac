namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// The directory's SQL, for <see cref="NpgsqlDirectory"/> (routing reads) and <see cref="NpgsqlDirectoryStore"/>
/// (changes, imports, listings). "Valid on @On": valid_from &lt;= @On and (valid_until is null or valid_until &gt;= @On).
/// </summary>
internal static class DirectorySql
{
    /// <summary>Directory changes run one at a time (an import and a set-leerplicht must not interleave).</summary>
    public const string Lock = "SELECT pg_advisory_xact_lock(hashtext('integrationhub.directory'))";

    /// <summary>
    /// The gemeente valid on @On, its leerplicht route (the alternative for the first of @Kinds that has one, else the
    /// default) and its RMC region's organisation.
    /// </summary>
    public const string FindGemeente = """
        SELECT g.gemeente_code AS GemeenteCode, g.naam AS Naam,
               l.organisation_id AS LeerplichtId, l.name AS LeerplichtName,
               coalesce(l.notify_partners, true) AS NotifyPartners, coalesce(l.mazl_bought, false) AS MazlBought,
               r.organisation_id AS RmcId, r.name AS RmcName
        FROM directory_gemeenten g
        LEFT JOIN LATERAL (
            SELECT dl.organisation_id, o.name, dl.notify_partners, dl.mazl_bought
            FROM directory_leerplicht dl
            JOIN partner_organisations o ON o.organisation_id = dl.organisation_id
            WHERE dl.gemeente_code = g.gemeente_code
              AND dl.valid_from <= @On AND (dl.valid_until IS NULL OR dl.valid_until >= @On)
              AND (dl.pupil_kind IS NULL OR dl.pupil_kind = ANY (@Kinds))
            ORDER BY coalesce(array_position(@Kinds, dl.pupil_kind), 2147483647)
            LIMIT 1) l ON true
        LEFT JOIN partner_organisations r ON r.organisation_id = lower(g.rmc_region_code) AND r.kind = 'rmc'
        WHERE g.gemeente_code = @Code
          AND g.valid_from <= @On AND (g.valid_until IS NULL OR g.valid_until >= @On)
        """;

    /// <summary>The JGZ of the school location valid on @On: a row for the vestiging wins over one for the whole BRIN.</summary>
    public const string FindJgz = """
        SELECT j.organisation_id AS OrganisationId, o.name AS Name, j.mazl_basis AS MazlBasis
        FROM directory_jgz j
        JOIN partner_organisations o ON o.organisation_id = j.organisation_id
        WHERE j.brin = @Brin AND (j.vestiging = @Vestiging OR j.vestiging IS NULL)
          AND j.valid_from <= @On AND (j.valid_until IS NULL OR j.valid_until >= @On)
        ORDER BY j.vestiging NULLS LAST
        LIMIT 1
        """;

    public const string FindOrganisation = """
        SELECT organisation_id AS OrganisationId, kind AS Kind, name AS Name, provenance AS Provenance
        FROM partner_organisations WHERE organisation_id = @Id
        """;

    public const string ListOrganisations = """
        SELECT organisation_id AS OrganisationId, kind AS Kind, name AS Name, provenance AS Provenance
        FROM partner_organisations ORDER BY kind, organisation_id
        """;

    /// <summary>Adds the organisation, or renames it (same id, same kind).</summary>
    public const string UpsertOrganisation = """
        INSERT INTO partner_organisations (organisation_id, kind, name, provenance)
        VALUES (@Id, @Kind, @Name, @Provenance)
        ON CONFLICT (organisation_id) DO UPDATE SET name = excluded.name
        """;

    /// <summary>Adds the organisation unless its id exists (the shipped data never overwrites an operator's rows).</summary>
    public const string InsertOrganisationIfAbsent = """
        INSERT INTO partner_organisations (organisation_id, kind, name, provenance)
        VALUES (@Id, @Kind, @Name, @Provenance)
        ON CONFLICT (organisation_id) DO NOTHING
        """;

    public const string GemeentenOn = """
        SELECT gemeente_code AS Code, naam AS Naam, rmc_region_code AS RmcRegionCode, rmc_region_name AS RmcRegionName,
               ggd_region_code AS GgdRegionCode, ggd_region_name AS GgdRegionName, provenance AS Provenance,
               valid_from AS ValidFrom, valid_until AS ValidUntil
        FROM directory_gemeenten
        WHERE valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On)
          AND (@Code::text IS NULL OR gemeente_code = @Code)
        ORDER BY gemeente_code
        """;

    public const string GemeenteStartsAfter = """
        SELECT gemeente_code AS Code, min(valid_from) AS ValidFrom
        FROM directory_gemeenten WHERE valid_from > @On
        GROUP BY gemeente_code
        """;

    public const string InsertGemeente = """
        INSERT INTO directory_gemeenten (gemeente_code, naam, rmc_region_code, rmc_region_name, ggd_region_code,
                                         ggd_region_name, valid_from, valid_until, provenance)
        VALUES (@Code, @Naam, @RmcRegionCode, @RmcRegionName, @GgdRegionCode, @GgdRegionName, @ValidFrom, @ValidUntil, @Provenance)
        """;

    public const string CorrectGemeente = """
        UPDATE directory_gemeenten
        SET naam = @Naam, rmc_region_code = @RmcRegionCode, rmc_region_name = @RmcRegionName,
            ggd_region_code = @GgdRegionCode, ggd_region_name = @GgdRegionName, provenance = @Provenance
        WHERE gemeente_code = @Code AND valid_from = @ValidFrom
        """;

    public const string CloseGemeente = """
        UPDATE directory_gemeenten SET valid_until = @ValidUntil
        WHERE gemeente_code = @Code AND valid_from = @ValidFrom
        """;

    public const string RemoveGemeente = """
        DELETE FROM directory_gemeenten WHERE gemeente_code = @Code AND valid_from = @ValidFrom
        """;

    public const string GemeenteExistsOn = """
        SELECT EXISTS (SELECT 1 FROM directory_gemeenten
                       WHERE gemeente_code = @Code AND valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On))
        """;

    private const string LeerplichtColumns = """
        gemeente_code AS GemeenteCode, pupil_kind AS PupilKind, organisation_id AS OrganisationId,
        notify_partners AS NotifyPartners, mazl_bought AS MazlBought, valid_from AS ValidFrom, valid_until AS ValidUntil,
        provenance AS Provenance, illustrative AS Illustrative
        """;

    public const string LeerplichtOn = $"""
        SELECT {LeerplichtColumns}
        FROM directory_leerplicht
        WHERE valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On)
          AND (@Code::text IS NULL OR gemeente_code = @Code)
        ORDER BY gemeente_code, pupil_kind NULLS FIRST
        """;

    /// <summary>The route for one key (gemeente, pupil kind) valid on @On, locked for the change.</summary>
    public const string LeerplichtForKeyOn = $"""
        SELECT {LeerplichtColumns}
        FROM directory_leerplicht
        WHERE gemeente_code = @Code AND coalesce(pupil_kind, '') = coalesce(@PupilKind::text, '')
          AND valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On)
        FOR UPDATE
        """;

    public const string LeerplichtNextStart = """
        SELECT min(valid_from) FROM directory_leerplicht
        WHERE gemeente_code = @Code AND coalesce(pupil_kind, '') = coalesce(@PupilKind::text, '') AND valid_from > @On
        """;

    public const string InsertLeerplicht = """
        INSERT INTO directory_leerplicht (gemeente_code, pupil_kind, organisation_id, notify_partners, mazl_bought,
                                          valid_from, valid_until, provenance, illustrative)
        VALUES (@GemeenteCode, @PupilKind, @OrganisationId, @NotifyPartners, @MazlBought, @ValidFrom, @ValidUntil, @Provenance, @Illustrative)
        """;

    /// <summary>The shipped rows: added unless a row with the same key and start, or an overlapping one, exists.</summary>
    public const string InsertLeerplichtIfAbsent = InsertLeerplicht + "\nON CONFLICT DO NOTHING";

    public const string CorrectLeerplicht = """
        UPDATE directory_leerplicht
        SET organisation_id = @OrganisationId, notify_partners = @NotifyPartners, mazl_bought = @MazlBought,
            provenance = @Provenance, illustrative = @Illustrative
        WHERE gemeente_code = @GemeenteCode AND coalesce(pupil_kind, '') = coalesce(@PupilKind::text, '') AND valid_from = @ValidFrom
        """;

    public const string CloseLeerplicht = """
        UPDATE directory_leerplicht SET valid_until = @ValidUntil
        WHERE gemeente_code = @GemeenteCode AND coalesce(pupil_kind, '') = coalesce(@PupilKind::text, '') AND valid_from = @ValidFrom
        """;

    private const string JgzColumns = """
        brin AS Brin, vestiging AS Vestiging, organisation_id AS OrganisationId, mazl_basis AS MazlBasis,
        valid_from AS ValidFrom, valid_until AS ValidUntil, provenance AS Provenance, illustrative AS Illustrative
        """;

    public const string JgzOn = $"""
        SELECT {JgzColumns}
        FROM directory_jgz
        WHERE valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On)
        ORDER BY brin, vestiging NULLS FIRST
        """;

    public const string JgzForKeyOn = $"""
        SELECT {JgzColumns}
        FROM directory_jgz
        WHERE brin = @Brin AND coalesce(vestiging, '') = coalesce(@Vestiging::text, '')
          AND valid_from <= @On AND (valid_until IS NULL OR valid_until >= @On)
        FOR UPDATE
        """;

    public const string JgzNextStart = """
        SELECT min(valid_from) FROM directory_jgz
        WHERE brin = @Brin AND coalesce(vestiging, '') = coalesce(@Vestiging::text, '') AND valid_from > @On
        """;

    public const string InsertJgz = """
        INSERT INTO directory_jgz (brin, vestiging, organisation_id, mazl_basis, valid_from, valid_until, provenance, illustrative)
        VALUES (@Brin, @Vestiging, @OrganisationId, @MazlBasis, @ValidFrom, @ValidUntil, @Provenance, @Illustrative)
        """;

    public const string InsertJgzIfAbsent = InsertJgz + "\nON CONFLICT DO NOTHING";

    public const string CorrectJgz = """
        UPDATE directory_jgz
        SET organisation_id = @OrganisationId, mazl_basis = @MazlBasis, provenance = @Provenance, illustrative = @Illustrative
        WHERE brin = @Brin AND coalesce(vestiging, '') = coalesce(@Vestiging::text, '') AND valid_from = @ValidFrom
        """;

    public const string CloseJgz = """
        UPDATE directory_jgz SET valid_until = @ValidUntil
        WHERE brin = @Brin AND coalesce(vestiging, '') = coalesce(@Vestiging::text, '') AND valid_from = @ValidFrom
        """;
}
