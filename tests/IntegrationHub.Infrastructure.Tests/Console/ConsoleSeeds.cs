using System.Text.Json;
using Dapper;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Console;

/// <summary>The rows the partner screens read, written as routing, the relay, DUO's loop and the partner intake leave them.</summary>
public static class ConsoleSeeds
{
    public const string Vestiging = "00";

    /// <summary>
    /// A melding routed to <paramref name="organisationId"/> with the notification the hub delivered (its outbox row), the
    /// pupil's nummer, and DUO's registration (status R, <paramref name="registeredAt"/>) when a meldingsnummer is given.
    /// </summary>
    public static async Task<Guid> MeldingAsync(
        this NpgsqlDataSource dataSource, string organisationId, string brin, string nummer, string? meldingsnummer = null,
        DateTimeOffset? registeredAt = null, DateTimeOffset? routedAt = null)
    {
        var meldingId = Guid.CreateVersion7();
        var messageId = Guid.CreateVersion7();
        var pupil = "pseudonym-" + meldingId.ToString("N")[^8..];
        var notification = new VerzuimmeldingNotification
        {
            MeldingId = meldingId,
            Recipient = new PartnerRef { OrganisationId = organisationId, Kind = "leerplicht" },
            PersoonsgebondenNummer = nummer,
            NummerSoort = NummerSoort.Bsn,
            School = new SchoolRef { Brin = brin, Vestiging = Vestiging },
            Woongemeente = "GM0344",
            SoortVerzuim = "16-uur",
            Begindatum = new DateOnly(2027, 9, 7),
            VerzuimUren = 16m,
            VerzuimDagen = 4,
            IsVervolgmelding = false,
            Melder = new MelderRef { Naam = "T. Coördinator", Functie = "verzuimcoördinator", Telefoon = "0101234567", Email = "verzuim@test.example" },
            DoorSchoolOndernomenActie = "Gesprek met ouders.",
            ActieGemeenteGewenst = true,
            MadeAt = new DateTimeOffset(2027, 10, 1, 9, 0, 0, TimeSpan.Zero),
        };
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload, created_at, updated_at)
            VALUES (@MeldingId, 'finding-1', @Pupil, @Brin, @Vestiging, '16-uur', 'gereed', DATE '2027-09-07', '{}', now(), now());
            INSERT INTO pupil_identity (pseudonym, persoonsgebonden_nummer, nummer_soort, first_seen_at) VALUES (@Pupil, @Nummer, 'bsn', now());
            INSERT INTO outbox (message_id, destination, message_type, body, sent_at) VALUES (@MessageId, 'exchange:leerplicht', 'VerzuimmeldingNotification', @Body::jsonb, now());
            INSERT INTO melding_routes (melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at)
            VALUES (@MeldingId, @OrganisationId, 'leerplicht', 'GM0344', DATE '2027-10-01', true, @MessageId, @RoutedAt);
            """, new
        {
            MeldingId = meldingId, Pupil = pupil, Brin = brin, Vestiging, Nummer = nummer, MessageId = messageId, OrganisationId = organisationId,
            Body = JsonSerializer.Serialize(notification, HubJson.Options), RoutedAt = (routedAt ?? DateTimeOffset.UtcNow).ToUniversalTime(),
        });
        if (meldingsnummer is not null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO duo_meldingen (melding_id, pupil_pseudonym, brin, vestiging, soort, begindatum, gemeente, made_at, meldingsnummer, registered_at,
                                           status, status_at, created_at)
                VALUES (@MeldingId, @Pupil, @Brin, @Vestiging, 'V3', DATE '2027-09-07', 'GM0344', now(), @Meldingsnummer, @RegisteredAt, 'R', @RegisteredAt, now())
                """, new { MeldingId = meldingId, Pupil = pupil, Brin = brin, Vestiging, Meldingsnummer = meldingsnummer, RegisteredAt = (registeredAt ?? DateTimeOffset.UtcNow).ToUniversalTime() });
        }

        return meldingId;
    }

    /// <summary>A status the organisation set on the melding, as the partner intake stores it.</summary>
    public static async Task StatusAsync(this NpgsqlDataSource dataSource, string organisationId, Guid meldingId, string status, string? reden = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO partner_statuses (organisation_id, message_id, melding_id, status, reden_afgesloten, contact_naam, set_at, received_at)
            VALUES (@OrganisationId, gen_random_uuid(), @MeldingId, @Status, @Reden, 'M. Leerplicht', now(), now())
            """, new { OrganisationId = organisationId, MeldingId = meldingId, Status = status, Reden = reden });
    }

    /// <summary>A MAZL referral in <paramref name="state"/> for <paramref name="organisationId"/>, with the MazlReferral the relay delivered.</summary>
    public static async Task<(Guid ReferralId, string Pupil)> ReferralAsync(this NpgsqlDataSource dataSource, string organisationId, string brin, string state = "sent")
    {
        var referralId = Guid.CreateVersion7();
        var messageId = Guid.CreateVersion7();
        var pupil = "pseudonym-" + referralId.ToString("N")[^8..];
        var referral = new MazlReferral
        {
            ReferralId = referralId,
            Recipient = new PartnerRef { OrganisationId = organisationId, Kind = "jgz" },
            PupilPseudonym = pupil,
            School = new SchoolRef { Brin = brin, Vestiging = Vestiging },
            SchoolType = "vo",
            Criterion = "7-aaneengesloten-schooldagen-ziek",
            CriterionMetOn = new DateOnly(2027, 10, 12),
            PeriodBegin = new DateOnly(2027, 10, 4),
            SickDays = 7,
            ConversationHeldOn = new DateOnly(2027, 10, 14),
            Basis = "consent",
            ConsentId = "consent-" + pupil,
            Contact = new MelderRef { Naam = "T. Coördinator", Functie = "verzuimcoördinator", Telefoon = "0101234567", Email = "verzuim@test.example" },
            ReferredAt = DateTimeOffset.UtcNow,
        };
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO outbox (message_id, destination, message_type, body) VALUES (@MessageId, 'exchange:jgz', 'MazlReferral', @Body::jsonb);
            INSERT INTO mazl_referrals (referral_id, finding_id, pupil_pseudonym, brin, vestiging, lvs_pupil_key, organisation_id, consent_id, state,
                                        reason, message_id, created_at, updated_at)
            VALUES (@ReferralId, 'finding-mazl', @Pupil, @Brin, @Vestiging, 'LVS-1', @OrganisationId, 'consent-x', @State, NULL, @MessageId, now(), now())
            """, new
        {
            ReferralId = referralId, MessageId = messageId, Pupil = pupil, Brin = brin, Vestiging, OrganisationId = organisationId, State = state,
            Body = JsonSerializer.Serialize(referral, HubJson.Options),
        });
        return (referralId, pupil);
    }

    /// <summary>Advice the JGZ gave on the referral, passed on to the school.</summary>
    public static async Task AdviceAsync(this NpgsqlDataSource dataSource, string organisationId, Guid referralId, string pupil, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO jgz_advices (organisation_id, message_id, referral_id, pupil_pseudonym, brin, vestiging, participation, load_capacity, adjustments,
                                     given_at, passed_on, consent_id, outbox_message_id, received_at)
            VALUES (@OrganisationId, gen_random_uuid(), @ReferralId, @Pupil, @Brin, @Vestiging, 'gedeeltelijk', 'beperkt', ARRAY['rustmomenten'],
                    now(), true, 'consent-x', gen_random_uuid(), now())
            """, new { OrganisationId = organisationId, ReferralId = referralId, Pupil = pupil, Brin = brin, Vestiging });
    }
}
