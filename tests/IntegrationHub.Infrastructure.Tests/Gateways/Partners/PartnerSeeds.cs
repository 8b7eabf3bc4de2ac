using Dapper;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Signalering.State;
using IntegrationHub.Infrastructure.Persistence.Signalering;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>The state partner answers refer to, written as the routing stage and the intake leave it.</summary>
public static class PartnerSeeds
{
    public const string Brin = "12AB";
    public const string Vestiging = "00";

    /// <summary>A melding of a new pupil, routed to <paramref name="organisationId"/>; the school knows the pupil as LVS-&lt;pupil&gt;.</summary>
    public static async Task<(Guid MeldingId, string Pupil)> RoutedMeldingAsync(this NpgsqlDataSource dataSource, string organisationId)
    {
        var meldingId = Guid.NewGuid();
        var pupil = "pseudonym-" + meldingId.ToString("N")[..8];
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload, created_at, updated_at)
            VALUES (@MeldingId, 'finding-1', @Pupil, @Brin, @Vestiging, '16-uur', 'gereed', DATE '2027-10-01', '{}', now(), now());
            INSERT INTO melding_routes (melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at)
            VALUES (@MeldingId, @OrganisationId, 'leerplicht', 'GM0344', DATE '2027-10-20', true, NULL, now());
            INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at)
            VALUES (@Pupil, @Brin, @Vestiging, 'LVS-' || @Pupil, now());
            """, new { MeldingId = meldingId, Pupil = pupil, Brin, Vestiging, OrganisationId = organisationId });
        return (meldingId, pupil);
    }

    /// <summary>A MAZL referral of a new pupil that the relay sent to <paramref name="organisationId"/>.</summary>
    public static async Task<(Guid ReferralId, string Pupil)> SentReferralAsync(this NpgsqlDataSource dataSource, string organisationId)
    {
        var referralId = Guid.NewGuid();
        var pupil = "pseudonym-" + referralId.ToString("N")[..8];
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO mazl_referrals (referral_id, finding_id, pupil_pseudonym, brin, vestiging, lvs_pupil_key, organisation_id, consent_id, state,
                                        reason, message_id, created_at, updated_at)
            VALUES (@ReferralId, 'finding-mazl', @Pupil, @Brin, @Vestiging, 'LVS-' || @Pupil, @OrganisationId, 'consent-mazl', 'sent', NULL, @ReferralId, now(), now())
            """, new { ReferralId = referralId, Pupil = pupil, Brin, Vestiging, OrganisationId = organisationId });
        return (referralId, pupil);
    }

    /// <summary>The pupil's rule state with the birth date the school reported, as the signalering stores it.</summary>
    public static async Task BirthDateAsync(this NpgsqlDataSource dataSource, string pupil, DateOnly birthDate)
    {
        var state = new PupilState
        {
            Pupil = pupil,
            School = new SchoolLocation(Brin, Vestiging),
            Profile = [new ProfileFact { EventId = "enrolment-1", OccurredAt = DateTimeOffset.UtcNow.AddYears(-1), EffectiveFrom = new DateOnly(2026, 8, 1), BirthDate = birthDate }],
        };
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO pupil_state (pupil_pseudonym, brin, vestiging, state) VALUES (@Pupil, @Brin, @Vestiging, @State::jsonb)
            """, new { Pupil = pupil, Brin, Vestiging, State = PupilStateJson.Write(state) });
    }

    /// <summary>A consent for JGZ advice to the school, as the intake records a school's ConsentGiven.</summary>
    public static async Task ConsentAsync(this NpgsqlDataSource dataSource, string consentId, string pupil, string givenBy)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO consents (brin, vestiging, consent_id, pupil_pseudonym, scope, given_by, valid_from, valid_until, recorded_at, given_occurred_at, given_message_id)
            VALUES (@Brin, @Vestiging, @ConsentId, @Pupil, 'jgz-advice-to-school', @GivenBy, current_date - 30, current_date + 180, now(), now(), gen_random_uuid())
            """, new { Brin, Vestiging, ConsentId = consentId, Pupil = pupil, GivenBy = givenBy });
    }

    /// <summary>The school withdrew the consent today, as the intake records a ConsentWithdrawn.</summary>
    public static async Task WithdrawConsentAsync(this NpgsqlDataSource dataSource, string consentId, string pupil)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            UPDATE consents SET withdrawn_on = current_date, withdrawn_message_id = gen_random_uuid()
            WHERE brin = @Brin AND vestiging = @Vestiging AND consent_id = @ConsentId AND pupil_pseudonym = @Pupil
            """, new { Brin, Vestiging, ConsentId = consentId, Pupil = pupil });
    }
}
