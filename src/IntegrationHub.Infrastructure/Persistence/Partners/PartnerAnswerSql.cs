namespace IntegrationHub.Infrastructure.Persistence.Partners;

/// <summary>The partner answers' SQL: what they read (routes, referrals, the pupil's profile) and what they store.</summary>
internal static class PartnerAnswerSql
{
    /// <summary>Only a melding routed to this organisation is found: another's looks exactly like one that does not exist.</summary>
    public const string FindMelding = """
        SELECT r.melding_id, r.organisation_id, r.partner_kind, r.woongemeente, m.pupil_pseudonym AS pupil, m.brin, m.vestiging, p.lvs_pupil_key
        FROM melding_routes r
        JOIN meldingen m ON m.melding_id = r.melding_id
        LEFT JOIN school_pupils p ON p.pupil_pseudonym = m.pupil_pseudonym AND p.brin = m.brin AND p.vestiging = m.vestiging
        WHERE r.melding_id = @MeldingId AND r.organisation_id = @OrganisationId
        """;

    /// <summary>Only a referral sent to this JGZ (the relay marked it sent) is found.</summary>
    public const string FindSentReferral = """
        SELECT referral_id, organisation_id, pupil_pseudonym AS pupil, brin, vestiging, lvs_pupil_key
        FROM mazl_referrals
        WHERE referral_id = @ReferralId AND organisation_id = @OrganisationId AND state = 'sent'
        """;

    /// <summary>The profile facts of the pupil's rule state at the school location (the domain's own JSON).</summary>
    public const string FindProfile = """
        SELECT (state->'Profile')::text FROM pupil_state
        WHERE pupil_pseudonym = @Pupil AND brin = @Brin AND vestiging = @Vestiging
        """;

    public const string InsertStatus = """
        INSERT INTO partner_statuses (organisation_id, message_id, melding_id, status, reden_afgesloten, toelichting_afsluiting,
                                      contact_naam, contact_functie, contact_telefoon, contact_email, set_at, received_at)
        VALUES (@OrganisationId, @MessageId, @MeldingId, @Status, @RedenAfgesloten, @ToelichtingAfsluiting,
                @ContactNaam, @ContactFunctie, @ContactTelefoon, @ContactEmail, @SetAt, @ReceivedAt)
        """;

    public const string InsertAdvice = """
        INSERT INTO jgz_advices (organisation_id, message_id, referral_id, pupil_pseudonym, brin, vestiging, participation, load_capacity,
                                 expected_full_return_on, start_hours_per_week, adjustments, follow_up_on, given_at, passed_on, consent_id,
                                 outbox_message_id, withheld_reason, received_at)
        VALUES (@OrganisationId, @MessageId, @ReferralId, @Pupil, @Brin, @Vestiging, @Participation, @LoadCapacity,
                @ExpectedFullReturnOn, @StartHoursPerWeek, @Adjustments, @FollowUpOn, @GivenAt, @PassedOn, @ConsentId,
                @OutboxMessageId, @WithheldReason, @ReceivedAt)
        """;

    public const string InsertRejection = """
        INSERT INTO partner_rejections (organisation_id, user_id, exchange, message_id, message_type, reasons, body_length, body_sha256, received_at)
        VALUES (@OrganisationId, @UserId, @Exchange, @MessageId, @MessageType, @Reasons::jsonb, @BodyLength, @BodySha256, @ReceivedAt)
        """;

    /// <summary>The advice a JgzAdviceReceived outbox row carries: whose, and on which consent.</summary>
    public const string FindQueuedAdvice = """
        SELECT pupil_pseudonym AS pupil, brin, vestiging, consent_id FROM jgz_advices WHERE outbox_message_id = @MessageId
        """;

    public const string WithholdQueuedAdvice = """
        UPDATE jgz_advices SET passed_on = false, withheld_reason = @Reason WHERE outbox_message_id = @MessageId
        """;
}
