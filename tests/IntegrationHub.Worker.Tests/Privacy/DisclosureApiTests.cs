using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Worker.Tests.Support;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Privacy;

/// <summary>The operator's inzage endpoint on the real worker process: key check, answers, and no BSN anywhere.</summary>
public sealed class DisclosureApiTests(DisclosureApiFixture hub) : IClassFixture<DisclosureApiFixture>
{
    private const string ProblemJson = "application/problem+json";
    private static readonly DateTimeOffset At = new(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
    private static int _nextPupil = 600;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Should_answer_401_problem_json_when_the_operator_key_is_missing_or_wrong(string? key)
    {
        var (bsn, pupil, _) = await PupilWithEntriesAsync(1);

        using var get = await GetAsync(key, pupil);
        using var post = await PostAsync(key, $"{{\"persoonsgebondenNummer\":\"{bsn}\"}}");

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            Assert.DoesNotContain(pupil, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_list_exactly_the_pupils_entries_when_the_operator_asks_by_pseudonym()
    {
        var (_, pupil, messageIds) = await PupilWithEntriesAsync(2);
        await PupilWithEntriesAsync(1);

        using var response = await GetAsync(DisclosureApiFixture.OperatorKey, pupil);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(pupil, body.GetProperty("pupil").GetString());
        var entries = body.GetProperty("disclosures").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("leerplicht.rbl-west", e.GetProperty("recipient").GetString()));
        Assert.Equal(["sent", "pending"], entries.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(messageIds, entries.Select(e => e.GetProperty("messageId").GetGuid()));
    }

    [Fact]
    public async Task Should_list_the_pupils_entries_and_never_answer_or_log_the_bsn_when_the_operator_posts_it()
    {
        var (bsn, pupil, _) = await PupilWithEntriesAsync(2);

        using var response = await PostAsync(DisclosureApiFixture.OperatorKey, $"{{\"persoonsgebondenNummer\":\"{bsn}\",\"nummerSoort\":\"bsn\"}}");
        var text = await response.Content.ReadAsStringAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(text);
        Assert.Equal(pupil, body.RootElement.GetProperty("pupil").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("disclosures").GetArrayLength());
        Assert.DoesNotContain(bsn, text, StringComparison.Ordinal);
        Assert.Contains(hub.Worker.OutputLines, line => line.Contains("/api/v1/disclosures", StringComparison.Ordinal));
        Assert.DoesNotContain(hub.Worker.OutputLines, line => line.Contains(bsn, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "not-a-pseudonym", "pupil.pseudonym-format")]
    [InlineData("POST", "{\"persoonsgebondenNummer\":\"999990021\"}", "pupil.bsn-elfproef")]
    [InlineData("POST", "{\"persoonsgebondenNummer\":\"12345\"}", "pupil.nummer-format")]
    [InlineData("POST", "not json", null)]
    [InlineData("POST", "{\"persoonsgebondenNummer\":\"999990020\",\"nummerSoort\":\"passport\"}", null)]
    public async Task Should_answer_400_problem_json_without_the_value_when_the_pupil_is_not_valid(string method, string value, string? code)
    {
        using var response = method == "GET" ? await GetAsync(DisclosureApiFixture.OperatorKey, value) : await PostAsync(DisclosureApiFixture.OperatorKey, value);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (code is not null)
        {
            Assert.Equal(code, problem.GetProperty("code").GetString());
        }

        Assert.DoesNotContain("99999002", problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-pseudonym", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    /// <summary>A fresh pupil with <paramref name="count"/> entries: the first sent, the others pending.</summary>
    private async Task<(string Bsn, string Pupil, IReadOnlyList<Guid> MessageIds)> PupilWithEntriesAsync(int count)
    {
        var bsn = TestMessages.TestBsn(Interlocked.Increment(ref _nextPupil));
        var pupil = hub.PupilOf(bsn);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        var entries = Enumerable.Range(0, count).Select(i => Entry(pupil, At.AddHours(i))).ToList();
        foreach (var entry in entries)
        {
            batch.BatchCommands.Add(hub.Log.InsertCommand(entry));
        }

        batch.BatchCommands.Add(DisclosureLog.MarkSentCommand([entries[0].MessageId], At.AddMinutes(1)));
        await batch.ExecuteNonQueryAsync();
        return (bsn, pupil, entries.Select(e => e.MessageId).ToList());
    }

    private static DisclosureEntry Entry(string pupil, DateTimeOffset startedAt) => new()
    {
        MessageId = Guid.NewGuid(),
        TraceId = Guid.NewGuid().ToString("N"),
        SpanId = Guid.NewGuid().ToString("N")[..16],
        ActivityId = "verzuimmelding-leerplicht/v1",
        LegalBasis = "avg-6-1-c leerplichtwet-21",
        Recipient = "leerplicht.rbl-west",
        DataCategories = ["persoonsgebonden-nummer", "verzuim"],
        Subject = pupil,
        StartedAt = startedAt,
    };

    private async Task<HttpResponseMessage> GetAsync(string? key, string pseudonym)
    {
        using var http = Client(key);
        return await http.GetAsync(new Uri($"api/v1/disclosures?pseudonym={Uri.EscapeDataString(pseudonym)}", UriKind.Relative));
    }

    private async Task<HttpResponseMessage> PostAsync(string? key, string body)
    {
        using var http = Client(key);
        return await http.PostAsync(new Uri("api/v1/disclosures", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private HttpClient Client(string? key)
    {
        var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }
}
