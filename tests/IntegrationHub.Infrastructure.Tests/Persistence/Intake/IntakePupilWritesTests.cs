using Dapper;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Persistence.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>
/// A batch's identity, school-pupil and record-claim rows, written one statement per table on the real PostgreSQL,
/// leave what the same writes one by one, in order, would have left.
/// </summary>
public sealed class IntakePupilWritesTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddMinutes(1);
    private static readonly DateTimeOffset T2 = T0.AddMinutes(2);

    [Theory]
    [InlineData("A", "B,A", "A", 2)]   // changed twice within the batch: stamped at the last change
    [InlineData("A", "A,A", "A", 0)]   // never changed: the stored row stays as it was
    [InlineData("C", "B,B", "B", 1)]   // changed by the first write only: stamped then
    [InlineData("B", "B,A", "A", 2)]   // changed by the second write
    [InlineData(null, "A,A", "A", 1)]  // new: inserted by the first write
    [InlineData(null, "A,B", "B", 2)]  // new, then changed
    public async Task Should_leave_the_school_pupil_row_as_the_writes_one_by_one_would(string? stored, string batch, string expectedKey, int expectedMinute)
    {
        var pupil = NewPupil();
        if (stored is not null)
        {
            await ExecuteAsync(
                "INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at) VALUES (@pupil, '12AB', '00', @stored, @T0)",
                new { pupil, stored, T0 });
        }

        var writes = new IntakePupilWrites();
        var keys = batch.Split(',');
        for (var i = 0; i < keys.Length; i++)
        {
            writes.SchoolPupil(pupil, "12AB", "00", keys[i], T0.AddMinutes(i + 1));
        }

        await WriteAsync(writes);

        var row = await QuerySingleAsync<(string Key, DateTime UpdatedAt)>(
            "SELECT lvs_pupil_key, updated_at FROM school_pupils WHERE pupil_pseudonym = @pupil", new { pupil });
        Assert.Equal((expectedKey, T0.AddMinutes(expectedMinute).UtcDateTime), (row.Key, row.UpdatedAt.ToUniversalTime()));
    }

    [Fact]
    public async Task Should_keep_the_first_identity_and_leave_a_known_one_as_it_is()
    {
        var (known, fresh) = (NewPupil(), NewPupil());
        var (knownNummer, freshNummer) = (NewNummer(), NewNummer());
        await ExecuteAsync(
            "INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at) VALUES (@known, 'onderwijsnummer', @knownNummer, @T0)",
            new { known, knownNummer, T0 });
        var writes = new IntakePupilWrites();
        writes.Identity(known, "onderwijsnummer", knownNummer, T1);
        writes.Identity(fresh, "onderwijsnummer", freshNummer, T1);
        writes.Identity(fresh, "onderwijsnummer", freshNummer, T2);

        await WriteAsync(writes);

        var rows = (await QueryAsync<(string Pseudonym, DateTime FirstSeenAt)>(
            "SELECT pseudonym, first_seen_at FROM pupil_identity WHERE pseudonym = ANY(@pupils) ORDER BY first_seen_at",
            new { pupils = new[] { known, fresh } })).Select(r => (r.Pseudonym, r.FirstSeenAt.ToUniversalTime())).ToList();
        Assert.Equal([(known, T0.UtcDateTime), (fresh, T1.UtcDateTime)], rows);
    }

    [Fact]
    public async Task Should_claim_each_record_once_per_location_at_its_first_claim()
    {
        var pupil = NewPupil();
        var here = new SchoolLocation("12AB", "00");
        var there = new SchoolLocation("34CD", "00");
        await ExecuteAsync(
            "INSERT INTO school_records (pupil_pseudonym, record_kind, record_id, brin, vestiging, first_recorded_at) VALUES (@pupil, 'registration', 'r1', '12AB', '00', @T0)",
            new { pupil, T0 });
        var writes = new IntakePupilWrites();
        writes.Claim(new SchoolRecord(pupil, "registration", "r1", here, "registrationId"), T1);
        writes.Claim(new SchoolRecord(pupil, "registration", "r2", here, "registrationId"), T1);
        writes.Claim(new SchoolRecord(pupil, "registration", "r2", here, "registrationId"), T2);
        writes.Claim(new SchoolRecord(pupil, "registration", "r2", there, "registrationId"), T2);

        await WriteAsync(writes);

        var rows = (await QueryAsync<(string Id, string Brin, DateTime At)>(
            "SELECT record_id, brin, first_recorded_at FROM school_records WHERE pupil_pseudonym = @pupil ORDER BY record_id, brin",
            new { pupil })).Select(r => (r.Id, r.Brin, r.At.ToUniversalTime())).ToList();
        Assert.Equal([("r1", "12AB", T0.UtcDateTime), ("r2", "12AB", T1.UtcDateTime), ("r2", "34CD", T2.UtcDateTime)], rows);
        Assert.True(writes.IsEmpty);
    }

    private static string NewPupil() => "p" + Guid.NewGuid().ToString("N")[..20];

    private static int _nummers;

    /// <summary>A made-up onderwijsnummer (its own check, never a valid BSN), a new one each call (the database is this class's own).</summary>
    private static string NewNummer() => PrivacyFeed.Onderwijsnummer(Interlocked.Increment(ref _nummers));

    private async Task WriteAsync(IntakePupilWrites writes)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in writes.TakeCommands())
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<T> QuerySingleAsync<T>(string sql, object parameters)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<T>(sql, parameters);
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object parameters)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.QueryAsync<T>(sql, parameters);
    }
}
