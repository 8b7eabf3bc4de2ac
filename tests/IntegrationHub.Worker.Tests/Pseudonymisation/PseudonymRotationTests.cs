using Dapper;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Pseudonymisation;
using IntegrationHub.Infrastructure.Persistence.Retention;
using IntegrationHub.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Worker.Tests.Pseudonymisation;

/// <summary>
/// Rotating the pseudonymisation key keeps a pupil one pupil: eight unauthorised hours before the rotation and eight
/// after it add up to one melding-16-uur whose begindatum is the first hour before the rotation. Without the rotation the
/// worker with the new key would see a new pupil with eight hours, and no melding.
/// </summary>
public sealed class PseudonymRotationTests(RotationHubFixture hub) : IClassFixture<RotationHubFixture>
{
    private const int PupilNumber = 61;

    [Fact]
    public async Task Should_keep_one_continuous_history_when_the_key_is_rotated_between_two_halves_of_a_pupils_absences()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var oldPseudonym = new PupilPseudonymiser(RotationHubFixture.OldKey).Pseudonymise(NummerSoort.Bsn, TestMessages.TestBsn(PupilNumber));
        var newPseudonym = new PupilPseudonymiser(RotationHubFixture.NewKey).Pseudonymise(NummerSoort.Bsn, TestMessages.TestBsn(PupilNumber));
        await lvs.PublishAsync(TestMessages.ToJson(Scenario.Enrolment(school.Brin, PupilNumber)), type: nameof(PupilEnrolled));
        foreach (var lesson in Scenario.SixteenLessons(school.Brin, PupilNumber, firstWeek: 0, weeks: 2))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        await WaitUntilEvaluatedAsync(9);
        Assert.True(await RowsOfAsync(oldPseudonym) > 0, "nothing stored under the old key's pseudonym");
        Assert.Equal(0, await SignalsAsync("melding-16-uur"));
        await hub.Worker.StopAsync(TimeSpan.FromSeconds(60));

        var report = await RotateAsync();
        var again = await RotateAsync();
        await hub.RestartWorkerAsync(hub.SettingsWithKey(RotationHubFixture.NewKey));
        foreach (var lesson in Scenario.SixteenLessons(school.Brin, PupilNumber, firstWeek: 2, weeks: 2))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        var finding = await feedback.WaitForAsync(f => f.Is(nameof(FindingRaised)) && f.Text("kind") == "melding-16-uur");

        Assert.Equal((1, 0, 0, 0), (report.Rotated, report.AlreadyRotated, report.UnknownKey, report.Conflicts));
        Assert.Equal((0, 1), (again.Rotated, again.AlreadyRotated));
        Assert.Equal("2026-09-08", finding.Text("begindatum"));
        Assert.Equal("2026-09-29", finding.Text("einddatum"));
        Assert.Equal(TestMessages.LvsPupilKey(PupilNumber), finding.Text("lvsPupilKey"));
        Assert.Equal(0, await RowsOfAsync(oldPseudonym));
        Assert.Equal(17, await LedgerRowsOfAsync(newPseudonym));
        Assert.Equal(1, await SignalsAsync("melding-16-uur"));
    }

    private async Task<PseudonymRotationReport> RotateAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hub"] = hub.Database.ConnectionString,
            ["Pseudonymisation:Key"] = RotationHubFixture.NewKey,
            ["Pseudonymisation:PreviousKey"] = RotationHubFixture.OldKey,
            ["Disclosures:Key"] = RotationHubFixture.DisclosureKey,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddHubPersistence(configuration).AddPseudonymRotation();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<NpgsqlPseudonymRotation>().RotateAsync(batchSize: 1, dryRun: false, CancellationToken.None);
    }

    /// <summary>Rows of every pupil table, the identity and the schools' pupil keys that still hold <paramref name="pseudonym"/>.</summary>
    private async Task<long> RowsOfAsync(string pseudonym)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var total = 0L;
        foreach (var (table, column) in PupilTables.All.Select(t => (t.Table, t.PseudonymColumn)).Append(("pupil_identity", "pseudonym")).Append(("school_pupils", "pupil_pseudonym")))
        {
            total += await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {column} = @Pseudonym", new { Pseudonym = pseudonym });
        }

        return total;
    }

    private async Task<long> LedgerRowsOfAsync(string pseudonym)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM attendance_ledger WHERE pupil_pseudonym = @Pseudonym", new { Pseudonym = pseudonym });
    }

    private async Task<long> SignalsAsync(string kind)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM signals WHERE kind = @Kind AND withdrawn_at IS NULL", new { Kind = kind });
    }

    /// <summary>Waits (bounded) until signalering marked <paramref name="count"/> of the ledger's events as processed.</summary>
    private async Task WaitUntilEvaluatedAsync(long count)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        long evaluated;
        do
        {
            await Task.Delay(250);
            await using var connection = await hub.DataSource.OpenConnectionAsync();
            evaluated = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inbox i JOIN attendance_ledger l ON l.message_id = i.message_id WHERE i.consumer = 'signalering'");
        }
        while (evaluated < count && DateTime.UtcNow < deadline);
        Assert.Equal(count, evaluated);
    }
}
