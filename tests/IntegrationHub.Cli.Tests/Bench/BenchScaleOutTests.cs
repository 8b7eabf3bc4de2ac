using System.Globalization;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Cli.Tests.Bench;

/// <summary>
/// Scale-out changes nothing the rules decide: the same seeded bench feed through one worker process and through two,
/// each on its own database and vhost on the real servers, gives every pupil the same findings (signal id, kind,
/// status, begindatum, einddatum) and meldingen (melding id, kind, state, begindatum). The 16-uur threshold is lowered
/// to one hour so a small feed makes meldingen; they stay concepts (the production quiet time has not passed), so
/// the comparison does not depend on when anything settles. No timing is asserted.
/// <para>
/// What is compared is what the hub decided in the end: the active findings, and every melding except a concept that
/// lapsed (vervallen) before it settled. Those are the same in any order of arrival (the rules' order-independence
/// property). Transient history is not: a finding raised and then withdrawn (a correction evaluated after the
/// absence, or attendance evaluated before the enrolment) exists only when the events arrive in that order, and with
/// the schools published side by side and workers taking batches concurrently, the order differs between runs. Seen
/// with one worker against two: a 16-uur finding raised and withdrawn by the correction in one run, never raised in
/// the other.
/// </para>
/// </summary>
public sealed class BenchScaleOutTests
{
    private static readonly BenchFeedSettings Feed = new(Pupils: 24, Days: 5, Seed: 5, Schools: 4);

    private static readonly Dictionary<string, string> RuleSettings = new()
    {
        ["Signalering__Settings__0__Scope"] = "National",
        ["Signalering__Settings__0__Melding16UurThresholdHours"] = "1",
    };

    [Fact]
    public async Task Should_give_every_pupil_the_same_findings_and_meldingen_when_two_worker_processes_share_the_feed()
    {
        var one = await RunAsync(workers: 1);
        var two = await RunAsync(workers: 2);

        Assert.NotEmpty(Decided(one.Signals));
        Assert.NotEmpty(Settled(one.Meldingen));
        var findings = Differences(Decided(one.Signals), Decided(two.Signals));
        Assert.True(findings.Length == 0, "findings differ:\n" + findings);
        var meldingen = Differences(Settled(one.Meldingen), Settled(two.Meldingen));
        Assert.True(meldingen.Length == 0, "meldingen differ:\n" + meldingen);
    }

    private static List<PupilOutcome> Decided(IReadOnlyList<PupilOutcome> signals) =>
        signals.Where(s => s.State == "active").ToList();

    private static List<PupilOutcome> Settled(IReadOnlyList<PupilOutcome> meldingen) =>
        meldingen.Where(m => m.State != "vervallen").ToList();

    /// <summary>Per pupil whose outcomes differ: what one worker gave and what two gave; empty when every pupil's are the same.</summary>
    private static string Differences(IReadOnlyList<PupilOutcome> one, IReadOnlyList<PupilOutcome> two)
    {
        var (left, right) = (ByPupil(one), ByPupil(two));
        return string.Join("\n", left.Keys.Union(right.Keys).Order(StringComparer.Ordinal)
            .Where(p => left.GetValueOrDefault(p) != right.GetValueOrDefault(p))
            .Select(p => $"pupil {p}\n  1 worker:  {left.GetValueOrDefault(p, "(none)").Replace("\n", "\n             ", StringComparison.Ordinal)}\n  2 workers: {right.GetValueOrDefault(p, "(none)").Replace("\n", "\n             ", StringComparison.Ordinal)}"));
    }

    private static async Task<PupilOutcomes> RunAsync(int workers)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var connectionString = database.ConnectionString;
        var configuration = Configuration(connectionString);
        var options = new BenchOptions(Feed, database.Name, vhost.Name, new DirectoryInfo(Path.GetTempPath()), new FileInfo(WorkerDll()), TimeSpan.FromMinutes(10), 0, null, [1], [workers])
        {
            WorkerSettings = RuleSettings,
        };
        var rabbit = configuration.GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>()!;
        rabbit.VirtualHost = vhost.Name;
        var run = await new BenchPipeline(configuration, new PlainProgress(TextWriter.Null, TimeProvider.System), string.Empty)
            .RunAsync(options, 1, workers, Feed, rabbit, connectionString, CancellationToken.None);

        Assert.True(run.Complete, $"{run.Label}: in {run.EventsIn}, stored {run.EventsStored}, done {run.EventsDone}");
        Assert.Equal(workers, run.Workers.Count);
        return await new NpgsqlBenchProbe(connectionString).OutcomesAsync(CancellationToken.None);
    }

    private static Dictionary<string, string> ByPupil(IReadOnlyList<PupilOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Pupil, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => string.Join("\n", g.Select(o => $"{o.Id} {o.Kind} {o.State} {o.Begindatum} {o.Einddatum ?? "-"}").Order(StringComparer.Ordinal)),
            StringComparer.Ordinal);

    private static IConfiguration Configuration(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hub"] = connectionString,
            ["RabbitMq:Host"] = TestEnvironment.MqHost,
            ["RabbitMq:Port"] = TestEnvironment.MqPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:Username"] = TestEnvironment.MqUser,
            ["RabbitMq:Password"] = TestEnvironment.MqPassword,
            ["RabbitMq:ManagementUri"] = TestVirtualHost.ManagementUri.ToString(),
            ["RabbitMq:Operator:Username"] = TestEnvironment.MqOperatorUser,
            ["RabbitMq:Operator:Password"] = TestEnvironment.MqOperatorPassword,
        }).Build();

    /// <summary>The Worker as built next to its project in the same configuration as these tests (build the solution first).</summary>
    private static string WorkerDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "IntegrationHub.Worker", "bin", configuration, "net10.0", "IntegrationHub.Worker.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first (the Worker is started as a child process).", dll);
    }
}
