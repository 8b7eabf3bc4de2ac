using System.Text.Json;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Cli.Tests.Privacy;

/// <summary><c>hub disclosures</c> as a process against a real, migrated database holding two pupils' disclosure entries.</summary>
public sealed class DisclosuresCommandTests : IAsyncLifetime
{
    private const string Bsn = "999990020";
    private const string PseudonymisationKey = "cli-tests-pseudonymisation-key-not-a-real-secret";
    private const string DisclosureKey = "cli-tests-disclosure-log-key-not-a-real-secret-0123";
    private static readonly DateTimeOffset At = new(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly string _pupil = new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = PseudonymisationKey }))
        .Pseudonymise(NummerSoort.Bsn, Bsn);

    private TestDatabase _database = null!;
    private DisclosureEntry _sent = null!;
    private DisclosureEntry _blocked = null!;
    private DisclosureEntry _otherPupils = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString);
        _sent = Entry(_pupil, At, "leerplicht.rbl-west", consentId: null);
        _blocked = Entry(_pupil, At.AddDays(2), "jgz.ggd-west", consentId: "c-9");
        _otherPupils = Entry("aaaaaaaaaaaaaaaaaaaaaaaaaa", At.AddDays(1), "leerplicht.rbl-west", consentId: null);
        var log = new DisclosureLog(new DisclosureSubjectProtector(Options.Create(new DisclosureOptions { Key = DisclosureKey })));
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                log.InsertCommand(_sent), log.InsertCommand(_blocked), log.InsertCommand(_otherPupils),
                DisclosureLog.MarkSentCommand([_sent.MessageId], At.AddMinutes(1)),
                DisclosureLog.MarkBlockedCommand(_blocked.MessageId, "consent-withdrawn", At.AddDays(2).AddMinutes(1)),
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_print_the_pupils_entries_and_never_the_bsn_when_asked_by_bsn()
    {
        var run = await HubProcess.RunAsync(["disclosures", "--bsn", Bsn], Environment());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Disclosures about pupil {_pupil}: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains(_sent.MessageId.ToString(), run.Output, StringComparison.Ordinal);
        Assert.Contains(_blocked.MessageId.ToString(), run.Output, StringComparison.Ordinal);
        Assert.Contains("blocked  to jgz.ggd-west", run.Output, StringComparison.Ordinal);
        Assert.Contains("(consent c-9)", run.Output, StringComparison.Ordinal);
        Assert.Contains("consent-withdrawn", run.Output, StringComparison.Ordinal);
        Assert.Contains(_sent.TraceId, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_otherPupils.MessageId.ToString(), run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Bsn, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_read_the_bsn_from_standard_input_when_given_as_a_dash()
    {
        var run = await HubProcess.RunAsync(["disclosures", "--bsn", "-"], Environment(), input: Bsn);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Disclosures about pupil {_pupil}: 2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Bsn, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_print_json_with_exactly_the_pupils_entries_when_asked_by_pseudonym()
    {
        var run = await HubProcess.RunAsync(["disclosures", "--pseudonym", _pupil, "--json"], Environment());

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(_pupil, document.RootElement.GetProperty("pupil").GetString());
        var entries = document.RootElement.GetProperty("disclosures").EnumerateArray().ToList();
        Assert.Equal([_sent.MessageId, _blocked.MessageId], entries.Select(e => e.GetProperty("messageId").GetGuid()));
        Assert.Equal(["sent", "blocked"], entries.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("c-9", entries[1].GetProperty("consentId").GetString());
        Assert.Equal("avg-6-1-c leerplichtwet-21", entries[0].GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Should_refuse_without_echoing_the_nummer_when_the_bsn_fails_the_elfproef()
    {
        const string wrong = "999990021";

        var run = await HubProcess.RunAsync(["disclosures", "--bsn", wrong], Environment());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pupil.bsn-elfproef", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_when_the_disclosure_key_is_not_configured()
    {
        var environment = Environment();
        environment.Remove("Disclosures__Key");

        var run = await HubProcess.RunAsync(["disclosures", "--pseudonym", _pupil], environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DisclosureOptions", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_sent.MessageId.ToString(), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_when_the_pupil_is_named_both_ways()
    {
        var run = await HubProcess.RunAsync(["disclosures", "--bsn", Bsn, "--pseudonym", _pupil], Environment());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("either --bsn or --pseudonym", run.Error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ConnectionStrings__Hub"] = _database.ConnectionString,
        ["Pseudonymisation__Key"] = PseudonymisationKey,
        ["Disclosures__Key"] = DisclosureKey,
    };

    private static DisclosureEntry Entry(string pupil, DateTimeOffset startedAt, string recipient, string? consentId) => new()
    {
        MessageId = Guid.NewGuid(),
        TraceId = Guid.NewGuid().ToString("N"),
        SpanId = Guid.NewGuid().ToString("N")[..16],
        ActivityId = consentId is null ? "verzuimmelding-leerplicht/v1" : "mazl-referral/v1",
        LegalBasis = consentId is null ? "avg-6-1-c leerplichtwet-21" : "avg-9-2-a consent",
        Recipient = recipient,
        DataCategories = ["persoonsgebonden-nummer", "verzuim"],
        Subject = pupil,
        ConsentId = consentId,
        StartedAt = startedAt,
    };
}
