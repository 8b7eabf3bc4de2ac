using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Faults.Tests.Support;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using IntegrationHub.Testing.Privacy;
using IntegrationHub.Worker.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.Faults.Tests.Faults;

/// <summary>
/// About 20,000 events streamed through the real worker, RabbitMQ and PostgreSQL (the private servers) while, in turn,
/// the worker is SIGKILLed and restarted, RabbitMQ is restarted, PostgreSQL is restarted and DUO's stand-in is down for
/// a while. After each fault the hub is reconciled (<see cref="Reconciliation"/>); at the end its findings and meldingen
/// are compared with an undisturbed run of the same feed, and the output of every worker of the run is scanned for BSNs,
/// names, phone numbers, e-mail addresses and health words. The numbers go to artifacts/faults/fault-run.md.
/// </summary>
public sealed class FaultStreamTests(FaultHubFixture hub, ITestOutputHelper output) : IClassFixture<FaultHubFixture>
{
    /// <summary>400 pupils over 12 school days: about 20,000 bench events, plus 40 truant pupils' 680.</summary>
    public static readonly BenchFeedSettings Settings = new(Pupils: 400, Days: 12, Seed: 11, Schools: 10);

    private const int Truants = 40;
    private const double Rate = 300;

    [Fact]
    public async Task Should_store_each_event_once_register_each_melding_once_apply_feedback_once_and_log_each_disclosure_once_when_the_worker_broker_database_and_duo_fail_in_turn()
    {
        var clock = Stopwatch.StartNew();
        var feed = FaultFeed.Create(Settings, Truants, segments: 4);
        (string Name, Func<Task> Inject)[] faults =
        [
            ("worker SIGKILL + restart", () => hub.KillAndRestartWorkerAsync(TimeSpan.FromSeconds(2))),
            ("RabbitMQ restart", FaultServers.RestartRabbitMqAsync),
            ("PostgreSQL restart", FaultServers.RestartPostgresAsync),
            ("DUO down 20 s", DuoDownAsync),
        ];

        await using var publisher = new ResilientPublisher();
        await using var feedback = new FeedbackRecorder();
        await ConnectSchoolsAsync(feed.Schools, publisher, feedback, hub.VirtualHost.Name);
        var partners = new PartnerDrain(hub.VirtualHost.Name);
        await partners.DeclareAsync();
        var results = new List<Reconciliation>();
        var timings = new List<string>();

        for (var i = 0; i < faults.Length; i++)
        {
            var segment = feed.Segments[i];
            var started = clock.Elapsed;
            var publishing = publisher.PublishAsync(segment, Rate, CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(segment.Count / Rate * 0.4));
            await faults[i].Inject();
            await publishing;
            await Settling.WaitAsync(hub.Database.ConnectionString, publisher, feedback, feed.TruantsIn(i + 1));
            var outbox = await FaultDatabase.OutboxAsync(hub.Database.ConnectionString);
            await partners.DrainAsync(outbox.Where(o => Reconciliation.IsPartner(o.Destination)).Select(o => o.Destination));
            var result = await Reconciliation.ReadAsync(faults[i].Name, hub.Database.ConnectionString, publisher, feedback, partners.Received, hub.StandIn.Store);
            results.Add(result);
            timings.Add(string.Create(CultureInfo.InvariantCulture, $"{faults[i].Name}: {segment.Count:N0} events, {(clock.Elapsed - started).TotalSeconds:N0} s"));
            output.WriteLine(result.Row);
            if (partners.MissingQueues.Count > 0 && partners.MissingQueues.Any(q => q.Length > 0))
            {
                timings.Add("partner destinations without a queue: " + string.Join(", ", partners.MissingQueues));
            }
        }

        var faulted = await new NpgsqlBenchProbe(hub.Database.ConnectionString).OutcomesAsync(CancellationToken.None);
        var undisturbedSeconds = clock.Elapsed;
        var undisturbed = await UndisturbedRunAsync(feed);
        undisturbedSeconds = clock.Elapsed - undisturbedSeconds;
        var lines = hub.AllWorkerOutput;
        var leaks = LogLeaks(lines, feed);
        await WriteReportAsync(results, timings, faulted, undisturbed, undisturbedSeconds, lines.Count, leaks, clock.Elapsed);

        Assert.All(results, r => Assert.True(r.Wrong == 0, $"after {r.Phase}: {r}"));
        var last = results[^1];
        Assert.Equal(feed.All.Select(m => m.MessageId).Distinct().Count(), last.Published);
        Assert.True(last.DuoRegistrations >= Truants, $"only {last.DuoRegistrations} meldingen reached DUO, expected at least the {Truants} truants'");
        Assert.True(last.PartnerMessages >= Truants, $"only {last.PartnerMessages} partner messages, expected at least the {Truants} truants'");
        Assert.Equal(Describe(Decided(undisturbed.Signals)), Describe(Decided(faulted.Signals)));
        Assert.Equal(Describe(Settled(undisturbed.Meldingen)), Describe(Settled(faulted.Meldingen)));
        Assert.Empty(leaks);
    }

    private async Task DuoDownAsync()
    {
        hub.StandIn.Faults.Down = true;
        await Task.Delay(TimeSpan.FromSeconds(20));
        hub.StandIn.Faults.Down = false;
    }

    private async Task ConnectSchoolsAsync(IReadOnlyList<BenchSchool> schools, ResilientPublisher publisher, FeedbackRecorder feedback, string virtualHost)
    {
        foreach (var school in schools)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            var credentials = await hub.Provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, HubFixture.TestMelder), CancellationToken.None);
            await publisher.ConnectAsync(virtualHost, school.Brin, credentials.AmqpUsername, password);
            await feedback.StartAsync(virtualHost, school.Brin, credentials.AmqpUsername, password);
        }
    }

    /// <summary>The same feed through a second hub (its own database, vhost, worker and DUO stand-in) with no fault.</summary>
    private static async Task<PupilOutcomes> UndisturbedRunAsync(FaultFeed feed)
    {
        var quiet = new FaultHubFixture();
        await quiet.InitializeAsync();
        try
        {
            await using var publisher = new ResilientPublisher();
            await using var feedback = new FeedbackRecorder();
            foreach (var school in feed.Schools)
            {
                var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
                var credentials = await quiet.Provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, HubFixture.TestMelder), CancellationToken.None);
                await publisher.ConnectAsync(quiet.VirtualHost.Name, school.Brin, credentials.AmqpUsername, password);
            }

            await publisher.PublishAsync([.. feed.All], 0, CancellationToken.None);
            var probe = new NpgsqlBenchProbe(quiet.Database.ConnectionString);
            var deadline = DateTime.UtcNow + Settling.Bound;
            while (DateTime.UtcNow < deadline)
            {
                var counts = await probe.CountAsync(CancellationToken.None);
                var registered = (await FaultDatabase.DuoMeldingenAsync(quiet.Database.ConnectionString)).Count(m => m.Meldingsnummer is not null);
                if (counts.Stored >= publisher.Confirmed.Count && counts.Evaluated >= publisher.Confirmed.Count && counts.Unsent == 0 && registered >= feed.Truants)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            return await probe.OutcomesAsync(CancellationToken.None);
        }
        finally
        {
            await quiet.DisposeAsync();
        }
    }

    /// <summary>Lines of the workers' output that hold a BSN of the feed, a pupil key, the melder's details or a health word.</summary>
    private static List<string> LogLeaks(IReadOnlyList<string> lines, FaultFeed feed)
    {
        var exact = feed.Bsns.Concat(feed.PupilKeys)
            .Concat([HubFixture.TestMelder.Naam, HubFixture.TestMelder.Telefoon, HubFixture.TestMelder.Email])
            .ToHashSet(StringComparer.Ordinal);
        return [.. lines.Where(line => exact.Any(secret => line.Contains(secret, StringComparison.Ordinal)) || HealthWords.FindIn(line) is not null).Take(20)];
    }

    /// <summary>
    /// The findings the rules stand by at the end (as the scale-out test compares them): provisional findings that appeared
    /// and lapsed while a feed arrived in another order are not compared, since arrival order differs between any two runs.
    /// </summary>
    private static List<PupilOutcome> Decided(IReadOnlyList<PupilOutcome> signals) => [.. signals.Where(s => s.State == "active")];

    /// <summary>Meldingen that did not lapse.</summary>
    private static List<PupilOutcome> Settled(IReadOnlyList<PupilOutcome> meldingen) => [.. meldingen.Where(m => m.State != "vervallen")];

    private static List<string> Describe(IReadOnlyList<PupilOutcome> outcomes) =>
        [.. outcomes.Select(o => $"{o.Pupil} {o.Id} {o.Kind} {o.State} {o.Begindatum} {o.Einddatum ?? "-"}").Order(StringComparer.Ordinal)];

    private static async Task WriteReportAsync(List<Reconciliation> results, List<string> timings, PupilOutcomes faulted, PupilOutcomes undisturbed, TimeSpan undisturbedTime, int lines, List<string> leaks, TimeSpan total)
    {
        var folder = Path.Combine(ContractsPackage.RepositoryRoot, "artifacts", "faults");
        Directory.CreateDirectory(folder);
        var same = Describe(Decided(faulted.Signals)).SequenceEqual(Describe(Decided(undisturbed.Signals))) && Describe(Settled(faulted.Meldingen)).SequenceEqual(Describe(Settled(undisturbed.Meldingen)));
        var report = string.Join('\n',
        [
            "# Fault run",
            string.Empty,
            Reconciliation.Header,
            .. results.Select(r => r.Row),
            string.Empty,
            .. timings.Select(t => "- " + t),
            string.Create(CultureInfo.InvariantCulture, $"- undisturbed run of the same feed: {undisturbedTime.TotalSeconds:N0} s; active findings {Decided(faulted.Signals).Count:N0} vs {Decided(undisturbed.Signals).Count:N0} (all findings, lapsed ones included: {faulted.Signals.Count:N0} vs {undisturbed.Signals.Count:N0}), meldingen {Settled(faulted.Meldingen).Count:N0} vs {Settled(undisturbed.Meldingen).Count:N0}: {(same ? "the same" : "DIFFERENT")}"),
            string.Create(CultureInfo.InvariantCulture, $"- worker output scanned: {lines:N0} lines, {leaks.Count} with personal data or a health word"),
            .. leaks.Select(l => "  - " + l),
            string.Create(CultureInfo.InvariantCulture, $"- total {total.TotalSeconds:N0} s"),
        ]);
        await File.WriteAllTextAsync(Path.Combine(folder, "fault-run.md"), report + "\n");
    }
}
