namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// The Adresboek's pages: the directory's tables as they stand on @On, searched (@Contains, an escaped ILIKE pattern, null
/// for all) and paged (@Offset, @Limit) in SQL, each followed by the count with the same filter.
/// </summary>
internal static class AdresboekSql
{
    private const string RoutesFrom = """

        FROM directory_leerplicht l
        JOIN partner_organisations o ON o.organisation_id = l.organisation_id
        LEFT JOIN directory_gemeenten g ON g.gemeente_code = l.gemeente_code
             AND g.valid_from <= @On AND (g.valid_until IS NULL OR g.valid_until >= @On)
        WHERE l.valid_from <= @On AND (l.valid_until IS NULL OR l.valid_until >= @On)
          AND (@Contains::text IS NULL OR l.gemeente_code ILIKE @Contains ESCAPE '\' OR g.naam ILIKE @Contains ESCAPE '\'
               OR l.organisation_id ILIKE @Contains ESCAPE '\' OR o.name ILIKE @Contains ESCAPE '\')
        """;

    public const string Routes = """
        SELECT l.gemeente_code AS GemeenteCode, coalesce(g.naam, '?') AS GemeenteNaam, l.pupil_kind AS PupilKind,
               l.organisation_id AS OrganisationId, o.name AS OrganisationName, l.valid_from AS ValidFrom,
               l.valid_until AS ValidUntil, l.notify_partners AS NotifyPartners, l.mazl_bought AS MazlBought
        """ + RoutesFrom + """

        ORDER BY coalesce(g.naam, '?'), l.gemeente_code, l.pupil_kind NULLS FIRST
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + RoutesFrom + ";";

    private const string JgzFrom = """

        FROM directory_jgz j
        JOIN partner_organisations o ON o.organisation_id = j.organisation_id
        WHERE j.valid_from <= @On AND (j.valid_until IS NULL OR j.valid_until >= @On)
          AND (@Contains::text IS NULL OR j.brin ILIKE @Contains ESCAPE '\' OR j.organisation_id ILIKE @Contains ESCAPE '\'
               OR o.name ILIKE @Contains ESCAPE '\')
        """;

    public const string Jgz = """
        SELECT j.brin AS Brin, j.vestiging AS Vestiging, j.organisation_id AS OrganisationId, o.name AS OrganisationName,
               j.mazl_basis AS MazlBasis, j.valid_from AS ValidFrom, j.valid_until AS ValidUntil
        """ + JgzFrom + """

        ORDER BY j.brin, j.vestiging NULLS FIRST
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + JgzFrom + ";";
}
