namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>The routing stage's SQL: routes, referrals, parked deliveries and what routing reads.</summary>
internal static class RoutingSql
{
    public const string FindNummer = """
        SELECT persoonsgebonden_nummer AS nummer, nummer_soort AS soort FROM pupil_identity WHERE pseudonym = @Pupil
        """;

    public const string FindRoute = """
        SELECT melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at
        FROM melding_routes WHERE melding_id = @MeldingId
        """;

    public const string IsParked = """
        SELECT EXISTS (SELECT 1 FROM parked_deliveries WHERE subject_id = @SubjectId AND rerouted_at IS NULL)
        """;

    public const string FindToelichting = """
        SELECT toelichting FROM melding_toelichtingen WHERE melding_id = @MeldingId
        """;

    /// <summary>
    /// The melding's transaction lock, taken by the routing stage (before it routes a melding) and by the DUO dispatcher
    /// (before it stores the meldingsnummer and reads the route), so a route recorded concurrently still gets the number.
    /// </summary>
    public const string LockMelding = """
        SELECT pg_advisory_xact_lock(hashtextextended('melding:' || @MeldingId::text, 0))
        """;

    public const string FindMeldingsnummer = """
        SELECT meldingsnummer FROM duo_meldingen WHERE melding_id = @MeldingId
        """;

    public const string InsertRoute = """
        INSERT INTO melding_routes (melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at)
        VALUES (@MeldingId, @OrganisationId, @PartnerKind, @Woongemeente, @RoutedOn, @Notify, @MessageId, @RoutedAt)
        """;

    public const string UpsertReferral = """
        INSERT INTO mazl_referrals (referral_id, finding_id, pupil_pseudonym, brin, vestiging, lvs_pupil_key, organisation_id, consent_id, state,
                                    reason, message_id, created_at, updated_at)
        VALUES (@ReferralId, @FindingId, @Pupil, @Brin, @Vestiging, @LvsPupilKey, @OrganisationId, @ConsentId, @State, @Reason, @MessageId, @At, @At)
        ON CONFLICT (referral_id) DO UPDATE
        SET organisation_id = EXCLUDED.organisation_id, consent_id = EXCLUDED.consent_id, state = EXCLUDED.state, reason = EXCLUDED.reason,
            message_id = EXCLUDED.message_id, updated_at = EXCLUDED.updated_at
        """;

    public const string InsertParked = """
        INSERT INTO parked_deliveries (subject_id, subject_kind, pupil_pseudonym, brin, vestiging, reason, detail, message_type, body, parked_at, woongemeente)
        VALUES (@SubjectId, @SubjectKind, @Pupil, @Brin, @Vestiging, @Reason, @Detail, @MessageType, @Body::jsonb, @ParkedAt, @Woongemeente)
        """;

    public const string ListParked = """
        SELECT parked_id, subject_id, subject_kind, brin, vestiging, reason, detail, message_type, parked_at
        FROM parked_deliveries WHERE rerouted_at IS NULL ORDER BY parked_id
        """;

    /// <summary>Re-route: the parked request goes back through the outbox in parking order, and the row is closed.</summary>
    public const string TakeParked = """
        UPDATE parked_deliveries SET rerouted_at = @At
        WHERE rerouted_at IS NULL AND (@ParkedId::bigint IS NULL OR parked_id = @ParkedId OR subject_id = (SELECT subject_id FROM parked_deliveries WHERE parked_id = @ParkedId))
        RETURNING parked_id, subject_id, message_type, body::text AS body
        """;

    public const string MarkReferralSent = """
        UPDATE mazl_referrals SET state = 'sent', updated_at = @At
        WHERE referral_id = @ReferralId AND state = 'pending'
        RETURNING brin, vestiging, finding_id, lvs_pupil_key
        """;

    public const string MarkReferralBlocked = """
        UPDATE mazl_referrals SET state = 'blocked', reason = @Reason, updated_at = @At
        WHERE referral_id = @ReferralId AND state = 'pending'
        RETURNING brin, vestiging, finding_id, lvs_pupil_key
        """;
}
