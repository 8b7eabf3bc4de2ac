using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using IntegrationHub.Worker.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.Worker.Tests.Fuzz;

/// <summary>
/// 10,000 seeded malformed and hostile school messages against a running worker: 5,000 through the school's AMQP intake
/// queue, 5,000 through POST /v1/submissions (embedded as batch items where the batch can carry them, otherwise as a
/// request of their own). Every one gets a clean rejection (a SubmissionRejected with a reason queued for the school, an
/// HTTP item answered "rejected" with a reason, or a 4xx problem for a request that cannot be read; never a 5xx), the
/// worker stays up, and nothing is written for them but the bounded rejection record and its feedback: no ledger row,
/// no pupil state, no accepted submission, no other outbox message.
/// </summary>
public sealed class SchoolFuzzTests(FuzzHubFixture hub, ITestOutputHelper output) : IClassFixture<FuzzHubFixture>
{
    public const int AmqpPayloads = 5_000;
    public const int HttpPayloads = 5_000;
    private const int Seed = 20261201;
    private const int HttpBatchBytes = 1_000_000;
    private const int HttpBatchItems = 200;
    private static readonly TimeSpan IntakeTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Should_reject_every_payload_cleanly_and_write_only_bounded_rejections_when_10000_hostile_payloads_arrive_by_amqp_and_http()
    {
        var school = await hub.ProvisionSchoolAsync();
        var before = await FuzzCounts.ReadAsync(hub.DataSource);
        var clock = Stopwatch.StartNew();

        var amqpKinds = await SendAmqpAsync(school);
        await WaitForRejectionsAsync("amqp", AmqpPayloads);
        var amqpTime = clock.Elapsed;
        var http = await SendHttpAsync(school);
        await WaitForRejectionsAsync("http", http.Items);
        var total = clock.Elapsed;

        var after = await FuzzCounts.ReadAsync(hub.DataSource);
        output.WriteLine($"seed {Seed}; AMQP {AmqpPayloads} payloads in {amqpTime.TotalSeconds:F0} s; HTTP {HttpPayloads} payloads " +
            $"({http.Items} as batch items, {http.Requests} as requests of their own) in {(total - amqpTime).TotalSeconds:F0} s");
        output.WriteLine("AMQP kinds: " + string.Join(", ", amqpKinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine("HTTP kinds: " + string.Join(", ", http.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine($"rows before {before}; after {after}");

        Assert.False(hub.Worker.HasExited);
        Assert.Equal(before.WithoutRejections(), after.WithoutRejections());
        Assert.Equal(AmqpPayloads + http.Items, after.Rejections - before.Rejections);
        Assert.Equal(AmqpPayloads + http.Items, after.RejectionFeedback - before.RejectionFeedback);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT coalesce(max(length(raw_body)), 0) FROM rejected_submissions") <= 4096);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM rejected_submissions WHERE body_length > 4096") > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM rejected_submissions WHERE jsonb_array_length(reasons) = 0"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM outbox WHERE message_type = 'IntegrationHub.Contracts.V1.SubmissionRejected' AND json_array_length(body->'reasons') = 0"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'attendance_ledger'"));

        // Still serving: a valid message after the storm is accepted.
        var valid = TestMessages.Attendance(school.Brin, pupil: 1, lesson: 99);
        using var response = await PostAsync(school.HttpApiKey!, Batch([Item("AttendanceRegistered", TestMessages.ToJson(valid))]));
        Assert.Equal("accepted", Results(await response.Content.ReadAsStringAsync()).Single().GetProperty("outcome").GetString());
    }

    private async Task<Dictionary<string, int>> SendAmqpAsync(Infrastructure.Schools.SchoolCredentials school)
    {
        var kinds = new Dictionary<string, int>();
        await using var lvs = await hub.ConnectAsync(school);
        foreach (var chunk in new HostilePayloads(Seed, school.Brin).Take(AmqpPayloads).Chunk(250))
        {
            foreach (var payload in chunk)
            {
                kinds[payload.Kind] = kinds.GetValueOrDefault(payload.Kind) + 1;
            }

            await Task.WhenAll(chunk.Select(payload => lvs.PublishAsync(payload.Body, payload.TypeHint)));
        }

        return kinds;
    }

    private async Task<(int Items, int Requests, Dictionary<string, int> Kinds)> SendHttpAsync(Infrastructure.Schools.SchoolCredentials school)
    {
        var apiKey = school.HttpApiKey!;
        var kinds = new Dictionary<string, int>();
        var (items, requests) = (0, 0);
        var batch = new List<string>();
        var batchBytes = 0;
        foreach (var payload in new HostilePayloads(Seed + 1, school.Brin).Take(HttpPayloads))
        {
            kinds[payload.Kind] = kinds.GetValueOrDefault(payload.Kind) + 1;
            if (!Embeddable(payload.Body))
            {
                await PostAloneAsync(apiKey, payload.Body);
                requests++;
                continue;
            }

            batch.Add(Item(payload.TypeHint, payload.Body));
            batchBytes += payload.Body.Length;
            items++;
            if (batch.Count == HttpBatchItems || batchBytes > HttpBatchBytes)
            {
                await PostItemsAsync(apiKey, batch);
                (batch, batchBytes) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            await PostItemsAsync(apiKey, batch);
        }

        Assert.Equal(HttpPayloads, items + requests);
        return (items, requests, kinds);
    }

    private async Task PostItemsAsync(string apiKey, List<string> items)
    {
        using var response = await PostAsync(apiKey, Batch(items));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        var results = Results(text);
        Assert.Equal(items.Count, results.Count);
        Assert.All(results, r =>
        {
            Assert.Equal("rejected", r.GetProperty("outcome").GetString());
            Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray());
        });
    }

    private async Task PostAloneAsync(string apiKey, byte[] body)
    {
        using var response = await PostAsync(apiKey, body);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task WaitForRejectionsAsync(string channel, int count)
    {
        var deadline = DateTime.UtcNow + IntakeTimeout;
        long seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = await hub.DataSource.OpenConnectionAsync();
            seen = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM rejected_submissions WHERE channel = @channel", new { channel });
            if (seen >= count)
            {
                return;
            }

            Assert.False(hub.Worker.HasExited, "The worker exited.");
            await Task.Delay(500);
        }

        Assert.Fail($"{seen} of {count} {channel} payloads were rejected within {IntakeTimeout}.");
    }

    /// <summary>Whether the batch reader can carry the body as an item: JSON it can parse (its depth limit is 64).</summary>
    private static bool Embeddable(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 58 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Item(string? type, byte[] body) => type is null
        ? $"{{\"message\":{Encoding.UTF8.GetString(body)}}}"
        : $"{{\"messageType\":{JsonSerializer.Serialize(type)},\"message\":{Encoding.UTF8.GetString(body)}}}";

    private static byte[] Batch(IEnumerable<string> items) => Encoding.UTF8.GetBytes($"{{\"items\":[{string.Join(',', items)}]}}");

    private static List<JsonElement> Results(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("results").EnumerateArray().ToList();

    private async Task<HttpResponseMessage> PostAsync(string apiKey, byte[] body)
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/submissions", UriKind.Relative))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await http.SendAsync(request);
    }
}
