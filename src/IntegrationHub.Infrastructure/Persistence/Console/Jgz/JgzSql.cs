namespace IntegrationHub.Infrastructure.Persistence.Console.Jgz;

/// <summary>
/// The JGZ screens' SQL. Every statement is bound to @OrganisationId and to referrals the relay actually sent (state
/// 'sent'): a pending, blocked or parked referral, or another JGZ's, is never read. The criterion comes from the delivered
/// MazlReferral (its outbox row).
/// </summary>
internal static class JgzSql
{
    private const string From = """
        FROM mazl_referrals r
        LEFT JOIN outbox o ON o.message_id = r.message_id
        LEFT JOIN LATERAL (SELECT max(a.received_at) AS last_advice_at FROM jgz_advices a
                           WHERE a.referral_id = r.referral_id AND a.organisation_id = r.organisation_id) a ON true
        """;

    private const string Columns = """
        SELECT r.referral_id, r.pupil_pseudonym, r.brin, r.vestiging, o.body->>'criterion' AS criterion,
               (o.body->>'criterionMetOn')::date AS criterion_met_on, (o.body->>'sickDays')::int AS sick_days,
               r.updated_at AS sent_at, a.last_advice_at
        """;

    private const string Filter = """
        WHERE r.organisation_id = @OrganisationId AND r.state = 'sent'
          AND (@IncludeAnswered OR a.last_advice_at IS NULL)
          AND (@Query::text IS NULL OR r.referral_id::text = lower(@Query) OR r.pupil_pseudonym = @Query OR r.brin = upper(@Query))
        """;

    public const string List = Columns + "\n" + From + "\n" + Filter + """

        ORDER BY r.updated_at DESC, r.referral_id
        OFFSET @Offset LIMIT @Limit;
        """ + "\nSELECT count(*)::int\n" + From + "\n" + Filter + ";";

    public const string Find = Columns + ", o.body::text AS referral\n" + From + """

        WHERE r.organisation_id = @OrganisationId AND r.state = 'sent' AND r.referral_id = @ReferralId
        """;

    public const string Advices = """
        SELECT organisation_id, message_id, referral_id, pupil_pseudonym, brin, vestiging, participation, load_capacity, expected_full_return_on,
               start_hours_per_week, adjustments, follow_up_on, given_at, passed_on, consent_id, outbox_message_id, withheld_reason, received_at
        FROM jgz_advices WHERE organisation_id = @OrganisationId AND referral_id = @ReferralId
        ORDER BY received_at
        """;
}
