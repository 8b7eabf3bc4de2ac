namespace IntegrationHub.Infrastructure.Persistence.Console.School;

/// <summary>
/// The school console's SQL. Every statement filters by @Brin; the search is an ILIKE pattern (@Pattern, null for none)
/// over the school's own LVS pupil key, ids, soort and meldingsnummer.
/// </summary>
internal static class SchoolConsoleSql
{
    private const string FindingsFrom = """
        FROM signals s
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = s.pupil_pseudonym AND p.brin = s.brin AND p.vestiging = s.vestiging
        WHERE s.brin = @Brin AND s.status = 'active' AND s.recipient IN ('leerplicht', 'rmc')
          AND NOT EXISTS (SELECT 1 FROM meldingen m
                          WHERE m.finding_id = s.signal_id AND m.brin = s.brin AND m.vestiging = s.vestiging
                            AND m.state IN ('gereed', 'ingetrokken'))
          AND (@Pattern::text IS NULL OR p.lvs_pupil_key ILIKE @Pattern OR s.kind ILIKE @Pattern OR s.signal_id ILIKE @Pattern)
        """;

    public const string Findings = $"""
        SELECT s.signal_id AS finding_id, s.vestiging, p.lvs_pupil_key, s.kind, s.recipient, s.begindatum, s.einddatum,
               s.due_date, s.raised_at
        {FindingsFrom}
        ORDER BY s.due_date NULLS LAST, s.raised_at DESC, s.signal_id
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int {FindingsFrom};
        """;

    private const string MeldingenFrom = """
        FROM meldingen m
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = m.pupil_pseudonym AND p.brin = m.brin AND p.vestiging = m.vestiging
        LEFT JOIN duo_meldingen d ON d.melding_id = m.melding_id
        WHERE m.brin = @Brin AND m.state <> 'concept'
          AND (NOT @DecisionOnly OR (m.state = 'gereed' AND m.payload->>'DecisionRequestedAt' IS NOT NULL))
          AND (@Pattern::text IS NULL OR p.lvs_pupil_key ILIKE @Pattern OR m.kind ILIKE @Pattern
               OR m.melding_id::text ILIKE @Pattern OR d.meldingsnummer ILIKE @Pattern)
        """;

    private const string MeldingColumns = """
        m.melding_id, m.vestiging, p.lvs_pupil_key, m.kind, m.state, m.begindatum, m.einddatum, m.deadline, m.sent_at,
        d.status AS duo_status, d.meldingsnummer, d.registered_at,
        (SELECT ps.status FROM partner_statuses ps WHERE ps.melding_id = m.melding_id
         ORDER BY ps.set_at DESC, ps.received_at DESC LIMIT 1) AS partner_status,
        (m.state = 'gereed' AND m.payload->>'DecisionRequestedAt' IS NOT NULL) AS decision_required
        """;

    public const string Meldingen = $"""
        SELECT {MeldingColumns}
        {MeldingenFrom}
        ORDER BY decision_required DESC, m.created_at DESC, m.melding_id
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int {MeldingenFrom};
        """;

    public const string Melding = $"""
        SELECT {MeldingColumns}, m.payload::text AS payload
        FROM meldingen m
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = m.pupil_pseudonym AND p.brin = m.brin AND p.vestiging = m.vestiging
        LEFT JOIN duo_meldingen d ON d.melding_id = m.melding_id
        WHERE m.brin = @Brin AND m.melding_id = @MeldingId AND m.state <> 'concept';
        SELECT h.at, h.event, h.state, h.detail
        FROM melding_history h JOIN meldingen m ON m.melding_id = h.melding_id
        WHERE m.brin = @Brin AND h.melding_id = @MeldingId
        ORDER BY h.id;
        SELECT 'duo' AS source, s.gemeente AS organisation, s.status AS status_code, s.status_at AS at, s.reden_afgesloten,
               s.toelichting_afsluiting, s.contact_naam, s.contact_functie, s.contact_telefoon, s.contact_email
        FROM duo_melding_statuses s JOIN meldingen m ON m.melding_id = s.melding_id
        WHERE m.brin = @Brin AND s.melding_id = @MeldingId
        UNION ALL
        SELECT 'partner', ps.organisation_id, ps.status, ps.set_at, ps.reden_afgesloten, ps.toelichting_afsluiting,
               ps.contact_naam, ps.contact_functie, ps.contact_telefoon, ps.contact_email
        FROM partner_statuses ps JOIN meldingen m ON m.melding_id = ps.melding_id
        WHERE m.brin = @Brin AND ps.melding_id = @MeldingId
        ORDER BY at, source;
        """;

    private const string AdviceFrom = """
        FROM jgz_advices a
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = a.pupil_pseudonym AND p.brin = a.brin AND p.vestiging = a.vestiging
        WHERE a.brin = @Brin AND a.passed_on
          AND (@Pattern::text IS NULL OR p.lvs_pupil_key ILIKE @Pattern OR a.organisation_id ILIKE @Pattern
               OR a.referral_id::text ILIKE @Pattern)
        """;

    public const string Advice = $"""
        SELECT a.referral_id, a.vestiging, p.lvs_pupil_key, a.organisation_id, a.participation, a.load_capacity,
               a.expected_full_return_on, a.start_hours_per_week, a.adjustments, a.follow_up_on, a.given_at
        {AdviceFrom}
        ORDER BY a.given_at DESC, a.referral_id
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int {AdviceFrom};
        """;
}
