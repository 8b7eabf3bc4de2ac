using System.Text.Json.Nodes;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Persistence.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static IntegrationHub.Infrastructure.Tests.Persistence.Privacy.ConsentMessages;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>
/// ConsentGiven and ConsentWithdrawn through the real intake into the consents table, read back by the registry. Each test
/// has its own pupil, so the tests share the class's database safely.
/// </summary>
public sealed class ConsentRegistryTests(PrivacyDatabase hub) : IClassFixture<PrivacyDatabase>
{
    private static readonly SchoolIdentity SchoolA = Samples.School12AB;
    private static readonly SchoolIdentity SchoolB = new("34CD", "lvs-34CD");
    private const string Mazl = "mazl-referral";

    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    private IConsentRegistry Registry => hub.Services.GetRequiredService<IConsentRegistry>();

    [Fact]
    public async Task Should_record_the_consent_with_its_ledger_row_and_find_it_when_a_school_gives_consent()
    {
        var bsn = NewBsn();
        var messageId = Guid.NewGuid();

        var result = await SubmitAsync(Given(messageId, "c-1", "2026-01-01", "2026-12-31", givenBy: "parents-and-pupil", bsn: bsn), "ConsentGiven", SchoolA);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        var pupil = Pupil(bsn);
        var consent = Assert.Single(await Registry.FindValidAsync(pupil, "12AB", "01", Mazl, D("2026-03-01"), CancellationToken.None));
        Assert.Equal(new ConsentRecord("c-1", pupil, "12AB", "01", Mazl, "parents-and-pupil", D("2026-01-01"), D("2026-12-31"), null), consent);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId AND event_type = 'ConsentRecorded'", new { messageId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM consents WHERE given_message_id = @messageId AND withdrawn_message_id IS NULL", new { messageId }));
        Assert.Empty(await Registry.FindValidAsync(pupil, "12AB", "01", "jgz-advice-to-school", D("2026-03-01"), CancellationToken.None));
    }

    [Theory]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-08-31", true)]
    [InlineData("2026-09-01", false)]
    public async Task Should_find_the_consent_only_inside_its_validity_window_when_asked_about_a_day(string on, bool valid)
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-window", "2026-03-01", "2026-08-31", bsn: bsn), "ConsentGiven", SchoolA);

        var found = await Registry.FindValidAsync(Pupil(bsn), "12AB", "01", Mazl, D(on), CancellationToken.None);

        Assert.Equal(valid, found.Count == 1);
    }

    [Theory]
    [InlineData("2026-05-31", true)]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-06-02", false)]
    public async Task Should_not_find_the_consent_on_or_after_its_withdrawal_day_when_the_school_withdraws_it(string on, bool valid)
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-w", "2026-01-01", "2026-12-31", bsn: bsn), "ConsentGiven", SchoolA);
        var withdrawal = Guid.NewGuid();

        var result = await SubmitAsync(Withdrawn(withdrawal, "c-w", "2026-06-01", bsn: bsn), "ConsentWithdrawn", SchoolA);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        Assert.Equal(valid, (await Registry.FindValidAsync(Pupil(bsn), "12AB", "01", Mazl, D(on), CancellationToken.None)).Count == 1);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM consents WHERE withdrawn_message_id = @withdrawal AND withdrawn_on = '2026-06-01' AND given_message_id IS NOT NULL",
            new { withdrawal }));
    }

    [Fact]
    public async Task Should_keep_a_withdrawal_and_the_later_give_withdrawn_when_the_withdrawal_arrives_first()
    {
        var bsn = NewBsn();
        var withdrawal = Guid.NewGuid();
        var give = Guid.NewGuid();

        var first = await SubmitAsync(Withdrawn(withdrawal, "c-early", "2026-02-01", bsn: bsn), "ConsentWithdrawn", SchoolA);
        var kept = await hub.DataSource.CountAsync(
            "SELECT count(*) FROM consents WHERE withdrawn_message_id = @withdrawal AND scope IS NULL", new { withdrawal });
        var second = await SubmitAsync(Given(give, "c-early", "2026-01-01", "2026-12-31", bsn: bsn), "ConsentGiven", SchoolA);

        Assert.Equal((SubmissionOutcome.Accepted, SubmissionOutcome.Accepted), (first.Outcome, second.Outcome));
        Assert.Equal(1, kept);
        var pupil = Pupil(bsn);
        Assert.Single(await Registry.FindValidAsync(pupil, "12AB", "01", Mazl, D("2026-01-31"), CancellationToken.None));
        Assert.Empty(await Registry.FindValidAsync(pupil, "12AB", "01", Mazl, D("2026-02-01"), CancellationToken.None));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM consents WHERE given_message_id = @give AND withdrawn_message_id = @withdrawal AND withdrawn_on = '2026-02-01'",
            new { give, withdrawal }));
    }

    [Fact]
    public async Task Should_keep_the_earliest_withdrawal_day_when_a_consent_is_withdrawn_twice()
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-twice", "2026-01-01", "2026-12-31", bsn: bsn), "ConsentGiven", SchoolA);

        await SubmitAsync(Withdrawn(Guid.NewGuid(), "c-twice", "2026-05-01", bsn: bsn), "ConsentWithdrawn", SchoolA);
        await SubmitAsync(Withdrawn(Guid.NewGuid(), "c-twice", "2026-07-01", bsn: bsn), "ConsentWithdrawn", SchoolA);

        Assert.Empty(await Registry.FindValidAsync(Pupil(bsn), "12AB", "01", Mazl, D("2026-06-01"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_keep_each_schools_consent_apart_when_another_school_withdraws_the_same_consent_id()
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-shared", "2026-01-01", "2026-12-31", bsn: bsn), "ConsentGiven", SchoolA);
        await SubmitAsync(Given(Guid.NewGuid(), "c-shared", "2026-01-01", "2026-12-31", brin: "34CD", bsn: bsn), "ConsentGiven", SchoolB);

        var withdrawal = await SubmitAsync(Withdrawn(Guid.NewGuid(), "c-shared", "2026-03-01", brin: "34CD", bsn: bsn), "ConsentWithdrawn", SchoolB);

        Assert.Equal(SubmissionOutcome.Accepted, withdrawal.Outcome);
        var pupil = Pupil(bsn);
        Assert.Equal("12AB", Assert.Single(await Registry.FindValidAsync(pupil, "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None)).Brin);
        Assert.Empty(await Registry.FindValidAsync(pupil, "34CD", "01", Mazl, D("2026-04-01"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_not_find_a_consent_of_another_vestiging_when_asked_for_one_school_location()
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-vest", "2026-01-01", "2026-12-31", vestiging: "02", bsn: bsn), "ConsentGiven", SchoolA);

        Assert.Empty(await Registry.FindValidAsync(Pupil(bsn), "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None));
        Assert.Single(await Registry.FindValidAsync(Pupil(bsn), "12AB", "02", Mazl, D("2026-04-01"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_keep_the_consent_of_each_pupil_when_a_school_uses_one_consent_id_for_two_pupils()
    {
        var (bsn1, bsn2) = (NewBsn(), NewBsn());
        await SubmitAsync(Given(Guid.NewGuid(), "c-two", "2026-01-01", "2026-12-31", bsn: bsn1), "ConsentGiven", SchoolA);
        await SubmitAsync(Given(Guid.NewGuid(), "c-two", "2026-01-01", "2026-12-31", bsn: bsn2), "ConsentGiven", SchoolA);

        await SubmitAsync(Withdrawn(Guid.NewGuid(), "c-two", "2026-02-01", bsn: bsn2), "ConsentWithdrawn", SchoolA);

        Assert.Single(await Registry.FindValidAsync(Pupil(bsn1), "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None));
        Assert.Empty(await Registry.FindValidAsync(Pupil(bsn2), "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_record_no_consent_when_postgresql_refuses_another_message_of_the_batch()
    {
        var give = Guid.NewGuid();

        var refused = await IntakeBatchTests.PoisonAsync(hub.DataSource, Guid.NewGuid());

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Intake.SubmitBatchAsync(
            [Samples.Submission(Given(give, "c-batch", "2026-01-01", "2026-12-31", bsn: NewBsn()), "ConsentGiven", SchoolA),
             refused], CancellationToken.None));

        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM consents WHERE given_message_id = @give", new { give }));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @give", new { give }));
    }

    [Fact]
    public async Task Should_see_a_withdrawal_not_yet_committed_when_the_check_runs_inside_the_writing_transaction()
    {
        var bsn = NewBsn();
        await SubmitAsync(Given(Guid.NewGuid(), "c-tx", "2026-01-01", "2026-12-31", bsn: bsn), "ConsentGiven", SchoolA);
        var pupil = Pupil(bsn);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "UPDATE consents SET withdrawn_on = '2026-02-01', withdrawn_message_id = gen_random_uuid() WHERE pupil_pseudonym = @pupil",
            new { pupil }, transaction);

        var inside = await ConsentChecks.FindValidAsync(connection, transaction, pupil, "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None);
        var outside = await Registry.FindValidAsync(pupil, "12AB", "01", Mazl, D("2026-04-01"), CancellationToken.None);

        Assert.Empty(inside);
        Assert.Single(outside);
    }

    private string Pupil(string bsn) => hub.Services.GetRequiredService<PupilPseudonymiser>().Pseudonymise(NummerSoort.Bsn, bsn);

    private Task<SubmissionResult> SubmitAsync(JsonObject body, string type, SchoolIdentity sender) =>
        Intake.SubmitAsync(Samples.Submission(body, type, sender), CancellationToken.None);
}
