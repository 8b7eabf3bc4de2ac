using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using IntegrationHub.Testing.Privacy;
using IntegrationHub.Worker.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.Worker.Tests.Privacy;

/// <summary>
/// Issue 9, "Must show", end to end: a sample of the privacy property test's generated pupils (health words in every
/// field a school can fill) through the running worker, the real broker and the database. Every leerplicht and RMC
/// queue of the shipped directory is read: no health word in any message, and the disclosure log holds exactly one
/// entry per received message (by the envelope's message id), each one 'sent'.
/// </summary>
public sealed class PartnerPrivacyEndToEndTests(HubFixture hub, ITestOutputHelper output) : IClassFixture<HubFixture>
{
    private const int Seed = 20_261_201;
    private const int Pupils = 1_000;
    private static readonly SchoolType[] SchoolTypes = [SchoolType.Po, SchoolType.Vo, SchoolType.Vso, SchoolType.Mbo];

    /// <summary>Routed by the shipped directory (GM0014 Groningen, GM0344 Utrecht, GM0363 Amsterdam); GM9999 is unknown and parks.</summary>
    private static readonly IReadOnlyList<string> Woongemeenten = ["GM0014", "GM0344", "GM0363", "GM0014", "GM9999"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Should_carry_no_health_text_and_log_one_disclosure_per_partner_message_when_1000_generated_pupils_run_through_the_worker()
    {
        var stopwatch = Stopwatch.StartNew();
        var partners = await OpenPartnerQueuesAsync();
        var schools = new List<(SchoolCredentials Credentials, SchoolConnection Lvs)>();
        foreach (var _ in SchoolTypes)
        {
            var credentials = await hub.ProvisionSchoolAsync();
            schools.Add((credentials, await hub.ConnectAsync(credentials)));
        }

        var scenarioSchools = schools.Select((s, i) => new ScenarioSchool(s.Credentials.Brin, SchoolTypes[i])).ToList();
        var scenarios = Enumerable.Range(0, Pupils).Select(i => PrivacyFeed.Generate(Seed, i, scenarioSchools, Woongemeenten)).ToList();
        var byPupilKey = scenarios.ToDictionary(s => s.Pupil.LvsPupilKey, StringComparer.Ordinal);
        var feedback = schools.ToDictionary(s => s.Credentials.Brin, _ => new List<FeedbackMessage>(), StringComparer.Ordinal);
        var published = schools.ToDictionary(s => s.Credentials.Brin, _ => 0, StringComparer.Ordinal);

        // First what the LVS registers; once the meldingen went, the corrections and retractions (the hub then asks the school).
        var registered = await PublishAsync(schools, scenarios, published, m => m.Contract is not (AttendanceCorrected or AttendanceRetracted));
        output.WriteLine($"published {registered} LVS messages for {Pupils} pupils in {stopwatch.Elapsed.TotalSeconds:F0} s");
        await AnsweredAsync(schools, feedback, published);
        await QuietAsync();
        var corrected = await PublishAsync(schools, scenarios, published, m => m.Contract is AttendanceCorrected or AttendanceRetracted);
        await AnsweredAsync(schools, feedback, published);
        await QuietAsync();
        var events = registered + corrected;

        // The school answers what the hub asked it: decisions (with health words in their reasons) and MAZL conversations.
        var answers = 0;
        foreach (var school in schools)
        {
            foreach (var message in feedback[school.Credentials.Brin].ToList())
            {
                foreach (var answer in ReactionsTo(message, byPupilKey))
                {
                    await school.Lvs.PublishAsync(TestMessages.ToJson(answer.Contract, answer.Contract.GetType()), type: answer.Contract.GetType().Name);
                    published[school.Credentials.Brin]++;
                    answers++;
                }
            }
        }

        await AnsweredAsync(schools, feedback, published);
        await QuietAsync();
        output.WriteLine($"{answers} answers from the schools; settled after {stopwatch.Elapsed.TotalSeconds:F0} s");

        var received = new List<(string Queue, FeedbackMessage Message)>();
        foreach (var partner in partners)
        {
            received.AddRange((await partner.DrainAsync()).Select(m => (partner.Name, m)));
        }

        var disclosures = await DisclosuresAsync();
        var faulted = await FaultQueuesAsync();
        output.WriteLine($"error and skipped queues: {(faulted.Count == 0 ? "none" : string.Join(", ", faulted))}");
        var rejected = feedback.Values.SelectMany(f => f).Where(f => f.IsRejected).ToList();
        var meldingen = await MeldingStatesAsync();
        output.WriteLine($"pupils {Pupils}, LVS messages {events + answers} (rejected {rejected.Count}: {string.Join(", ", rejected.SelectMany(r => r.ReasonCodes).Distinct())}), " +
            $"meldingen {string.Join(", ", meldingen.Select(m => $"{m.State} {m.Count}"))}; partner messages {received.Count} " +
            $"({string.Join(", ", received.GroupBy(r => r.Message.ShortType).Select(g => $"{g.Key} {g.Count()}"))}) on " +
            $"{received.Select(r => r.Queue).Distinct().Count()} queues; disclosure entries {disclosures.Count} " +
            $"({string.Join(", ", disclosures.GroupBy(d => d.Status).Select(g => $"{g.Key} {g.Count()}"))}); {stopwatch.Elapsed.TotalSeconds:F0} s");

        var violations = received
            .Select(r => (r.Queue, Problem: PartnerMessageScan.Check(r.Message.Message.GetRawText(), new Dictionary<Guid, string>(), out _)))
            .Where(v => v.Problem is not null)
            .ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} partner messages hold health text, e.g. {string.Join(" | ", violations.Take(3))}");
        Assert.True(received.Count >= Pupils / 10, $"Only {received.Count} partner messages for {Pupils} pupils: the test would pass vacuously.");
        var partnerIds = received.Select(r => r.Message.EnvelopeMessageId).ToList();
        Assert.Equal(partnerIds.Count, partnerIds.Distinct().Count());
        var logged = disclosures; // every entry, whatever its recipient: an entry without a message on a queue is one too many
        Assert.Empty(partnerIds.Except(logged.Select(d => d.MessageId)));          // nothing missing
        Assert.Empty(logged.Select(d => d.MessageId).Except(partnerIds));          // nothing extra
        Assert.Equal(partnerIds.Count, logged.Count);
        Assert.All(logged, d => Assert.Equal("sent", d.Status));
        Assert.Empty(faulted);
        Assert.Equal(await WithdrawnAfterNotificationAsync(), received.Count(r => r.Message.Is(nameof(VerzuimmeldingNotificationUpdated)) && r.Message.Text("change") == "ingetrokken"));
        var routed = await RoutedNotificationsAsync();
        Assert.Equal(routed.Order(), received.Where(r => r.Message.Is(nameof(VerzuimmeldingNotification))).Select(r => r.Message.EnvelopeMessageId).Order());

        foreach (var school in schools)
        {
            await school.Lvs.DisposeAsync();
        }

        foreach (var partner in partners)
        {
            await partner.DisposeAsync();
        }
    }

    private static IEnumerable<ScenarioMessage> ReactionsTo(FeedbackMessage message, IReadOnlyDictionary<string, PupilScenario> byPupilKey)
    {
        object? fromHub = message.ShortType switch
        {
            nameof(VerzuimmeldingDecisionRequired) => message.Message.Deserialize<VerzuimmeldingDecisionRequired>(Json),
            nameof(VerzuimmeldingApprovalRequested) => message.Message.Deserialize<VerzuimmeldingApprovalRequested>(Json),
            nameof(FindingRaised) => message.Message.Deserialize<FindingRaised>(Json),
            _ => null,
        };
        var key = fromHub switch
        {
            VerzuimmeldingDecisionRequired d => d.Melding.LvsPupilKey,
            VerzuimmeldingApprovalRequested a => a.Melding.LvsPupilKey,
            FindingRaised f => f.LvsPupilKey,
            _ => null,
        };
        return key is not null && byPupilKey.TryGetValue(key, out var scenario)
            ? scenario.React(fromHub!, DateTimeOffset.UtcNow.AddDays(-2)) // answers stamped in the past: the intake rejects a future occurred-at
            : [];
    }

    private static async Task<int> PublishAsync(
        List<(SchoolCredentials Credentials, SchoolConnection Lvs)> schools, IReadOnlyList<PupilScenario> scenarios, Dictionary<string, int> published,
        Func<ScenarioMessage, bool> which)
    {
        var counts = await Task.WhenAll(schools.Select(async school =>
        {
            var count = 0;
            foreach (var message in scenarios.Where(s => s.School.Brin == school.Credentials.Brin).SelectMany(s => s.Messages).Where(which))
            {
                await school.Lvs.PublishAsync(TestMessages.ToJson(message.Contract, message.Contract.GetType()), type: message.Contract.GetType().Name);
                count++;
            }

            return (school.Credentials.Brin, count);
        }));
        foreach (var (brin, count) in counts)
        {
            published[brin] += count;
        }

        return counts.Sum(c => c.Item2);
    }

    /// <summary>Every leerplicht and RMC organisation of the shipped directory: a message on any of them is a disclosure.</summary>
    private async Task<IReadOnlyList<PartnerQueue>> OpenPartnerQueuesAsync()
    {
        var queues = new List<PartnerQueue>();
        var rows = await File.ReadAllLinesAsync(Path.Combine(ContractsPackage.RepositoryRoot, "infra", "directory", "organisations.csv"));
        foreach (var columns in rows.Skip(1).Select(r => r.Split(',')))
        {
            var kind = columns[1] switch { "leerplicht" => PartnerKind.Leerplicht, "rmc" => PartnerKind.Rmc, _ => (PartnerKind?)null };
            if (kind is { } k)
            {
                queues.Add(await PartnerQueue.OpenAsync(hub.VirtualHost.Name, k, columns[0]));
            }
        }

        return queues;
    }

    /// <summary>Reads each school's feedback until every published message was answered (accepted or rejected).</summary>
    private static async Task AnsweredAsync(
        List<(SchoolCredentials Credentials, SchoolConnection Lvs)> schools, Dictionary<string, List<FeedbackMessage>> feedback, Dictionary<string, int> published)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        foreach (var school in schools)
        {
            var log = feedback[school.Credentials.Brin];
            while (log.Count(f => f.IsAccepted || f.IsRejected) < published[school.Credentials.Brin])
            {
                Assert.True(DateTime.UtcNow < deadline, $"School {school.Credentials.Brin}: {log.Count(f => f.IsAccepted || f.IsRejected)} of {published[school.Credentials.Brin]} answered.");
                log.AddRange(await school.Lvs.ReadFeedbackAsync(int.MaxValue, TimeSpan.FromSeconds(1)));
            }
        }
    }

    /// <summary>
    /// Waits until nothing is due, nothing waits in the outbox, no disclosure is pending and no hub queue holds a message
    /// (partner and school feedback queues aside: the test reads those), ten seconds running.
    /// </summary>
    private async Task QuietAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        var quietSince = DateTime.UtcNow;
        using var management = TestVirtualHost.CreateManagementClient();
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(10))
        {
            await using var connection = await hub.DataSource.OpenConnectionAsync();
            var busy = await connection.ExecuteScalarAsync<long>(
                """
                SELECT (SELECT count(*) FROM due_checks WHERE due_at <= now())
                     + (SELECT count(*) FROM outbox WHERE sent_at IS NULL)
                     + (SELECT count(*) FROM disclosures WHERE status = 'pending')
                """);
            var queues = await management.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(hub.VirtualHost.Name)}?columns=name,messages");
            var waiting = queues.EnumerateArray()
                .Select(q => (Name: q.GetProperty("name").GetString() ?? "", Messages: q.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : 0))
                .Where(q => q.Messages > 0 && !q.Name.StartsWith("school.", StringComparison.Ordinal) && !q.Name.StartsWith("leerplicht.", StringComparison.Ordinal)
                    && !q.Name.StartsWith("rmc.", StringComparison.Ordinal) && !q.Name.StartsWith("jgz.", StringComparison.Ordinal)
                    && !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.EndsWith("_skipped", StringComparison.Ordinal))
                .ToList();
            busy += waiting.Sum(q => q.Messages);
            Assert.True(DateTime.UtcNow < deadline, $"The hub did not settle within four minutes: {busy} waiting ({string.Join(", ", waiting.Select(q => $"{q.Name} {q.Messages}"))}).");
            if (busy > 0)
            {
                quietSince = DateTime.UtcNow;
            }

            await Task.Delay(1000);
        }
    }

    /// <summary>The hub's _error and _skipped queues that hold messages (a fault or a message nobody consumes).</summary>
    private async Task<IReadOnlyList<string>> FaultQueuesAsync()
    {
        using var management = TestVirtualHost.CreateManagementClient();
        await Task.Delay(TimeSpan.FromSeconds(6)); // the management statistics lag a few seconds
        var queues = await management.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(hub.VirtualHost.Name)}?columns=name,messages");
        return queues.EnumerateArray()
            .Select(q => (Name: q.GetProperty("name").GetString() ?? "", Messages: q.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : 0))
            .Where(q => q.Messages > 0 && (q.Name.EndsWith("_error", StringComparison.Ordinal) || q.Name.EndsWith("_skipped", StringComparison.Ordinal)))
            .Select(q => $"{q.Name} {q.Messages} ({FaultOf(q.Name).GetAwaiter().GetResult()})")
            .ToList();
    }

    /// <summary>The exception MassTransit recorded on the first message of an _error queue (left in the queue).</summary>
    private async Task<string> FaultOf(string queue)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory
        {
            HostName = TestEnvironment.MqHost, Port = TestEnvironment.MqPort, VirtualHost = hub.VirtualHost.Name,
            UserName = TestEnvironment.MqUser, Password = TestEnvironment.MqPassword,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.BasicGetAsync(queue, autoAck: false);
        if (result?.BasicProperties.Headers is not { } headers)
        {
            return "no headers";
        }

        string Header(string name) => headers.TryGetValue(name, out var value) && value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : "";
        return $"{Header("MT-Fault-ExceptionType")}: {Header("MT-Fault-Message")} at {Header("MT-Fault-StackTrace").Split('\n').FirstOrDefault()}";
    }

    /// <summary>Meldingen the school withdrew after their partner had been notified: each owes the partner an "ingetrokken".</summary>
    private async Task<long> WithdrawnAfterNotificationAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM meldingen m JOIN melding_routes r ON r.melding_id = m.melding_id WHERE m.state = 'ingetrokken' AND r.notify AND r.message_id IS NOT NULL");
    }

    /// <summary>The message id of every notification the routing stage wrote (a melding routed to a partner that wants notifications).</summary>
    private async Task<IReadOnlyList<Guid>> RoutedNotificationsAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<Guid>("SELECT message_id FROM melding_routes WHERE notify AND message_id IS NOT NULL")).ToList();
    }

    private async Task<IReadOnlyList<(Guid MessageId, string Status, string Recipient)>> DisclosuresAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(Guid, string, string)>("SELECT message_id, status, recipient FROM disclosures")).ToList();
    }

    private async Task<IReadOnlyList<(string State, long Count)>> MeldingStatesAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, long)>("SELECT state, count(*) FROM meldingen GROUP BY state ORDER BY state")).ToList();
    }
}
