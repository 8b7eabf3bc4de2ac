namespace IntegrationHub.Infrastructure.Persistence.Console.Bureau;

/// <summary>
/// The bureau screens' SQL. Every statement is bound to @OrganisationId through melding_routes: a melding routed elsewhere
/// is never read. The latest status the organisation set comes from partner_statuses; DUO's from duo_meldingen.
/// </summary>
internal static class BureauSql
{
    private const string From = """
        FROM melding_routes r
        JOIN meldingen m ON m.melding_id = r.melding_id
        LEFT JOIN duo_meldingen d ON d.melding_id = r.melding_id
        LEFT JOIN LATERAL (
            SELECT p.status, p.set_at FROM partner_statuses p
            WHERE p.melding_id = r.melding_id AND p.organisation_id = r.organisation_id
            ORDER BY p.set_at DESC, p.received_at DESC LIMIT 1) s ON true
        """;

    private const string Columns = """
        SELECT r.melding_id, d.meldingsnummer, m.brin, m.vestiging, m.kind, m.begindatum, m.einddatum, m.state AS melding_state, r.routed_at,
               d.status AS duo_status, d.registered_at, s.status AS last_status, s.set_at AS last_status_at
        """;

    private const string Filter = """
        WHERE r.organisation_id = @OrganisationId
          AND (@IncludeClosed OR (m.state <> 'ingetrokken' AND coalesce(s.status, 'in-behandeling') = 'in-behandeling'
                                  AND coalesce(d.status, 'R') NOT IN ('G', 'K', 'I', 'D', 'geweigerd')))
          AND (@Query::text IS NULL OR d.meldingsnummer = @Query OR m.brin = upper(@Query) OR r.melding_id::text = lower(@Query))
          AND (@Pupil::text IS NULL OR m.pupil_pseudonym = @Pupil)
        """;

    public const string FindPupil = """
        SELECT m.pupil_pseudonym
        FROM melding_routes r
        JOIN meldingen m ON m.melding_id = r.melding_id
        JOIN pupil_identity i ON i.pseudonym = m.pupil_pseudonym
        WHERE r.organisation_id = @OrganisationId AND i.persoonsgebonden_nummer = @Nummer
        LIMIT 1
        """;

    public const string List = Columns + "\n" + From + "\n" + Filter + """

        ORDER BY r.routed_at DESC, r.melding_id
        OFFSET @Offset LIMIT @Limit;
        """ + "\nSELECT count(*)::int\n" + From + "\n" + Filter + ";";

    public const string Find = Columns + ", o.body::text AS notification\n" + From + """

        LEFT JOIN outbox o ON o.message_id = r.message_id
        WHERE r.organisation_id = @OrganisationId AND r.melding_id = @MeldingId
        """;

    public const string StatusesSet = """
        SELECT organisation_id, message_id, melding_id, status, reden_afgesloten, toelichting_afsluiting, contact_naam, contact_functie,
               contact_telefoon, contact_email, set_at, received_at
        FROM partner_statuses WHERE organisation_id = @OrganisationId AND melding_id = @MeldingId
        ORDER BY set_at, received_at
        """;

    public const string DuoStatuses = """
        SELECT s.status, s.status_at, s.reden_afgesloten, s.toelichting_afsluiting
        FROM duo_melding_statuses s
        WHERE s.melding_id = @MeldingId AND EXISTS (SELECT 1 FROM melding_routes r WHERE r.melding_id = s.melding_id AND r.organisation_id = @OrganisationId)
        ORDER BY s.status_at
        """;
}
