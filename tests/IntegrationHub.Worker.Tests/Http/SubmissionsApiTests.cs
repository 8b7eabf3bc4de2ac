using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Http;

public sealed class SubmissionsApiTests(HttpGatewayFixture hub) : IClassFixture<HttpGatewayFixture>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Should_answer_every_item_in_order_when_a_batch_mixes_valid_and_invalid_items()
    {
        var school = await hub.ProvisionSchoolAsync();
        var valid = TestMessages.Attendance(school.Brin, pupil: 11, lesson: 1);
        var outOfRange = TestMessages.Attendance(school.Brin, pupil: 11, lesson: 2) with { Minutes = 0 };
        var alsoValid = TestMessages.Attendance(school.Brin, pupil: 12, lesson: 1);
        var batch = Batch(Item(valid), Item(outOfRange), "{\"messageType\":\"AttendanceRegistered\",\"message\":\"not an object\"}", Item(alsoValid));

        using var response = await PostAsync(school.HttpApiKey, batch);
        var results = await ResultsOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(["accepted", "rejected", "rejected", "accepted"], results.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(valid.Envelope.MessageId, results[0].GetProperty("messageId").GetGuid());
        Assert.Empty(results[0].GetProperty("reasons").EnumerateArray());
        var reason = Assert.Single(results[1].GetProperty("reasons").EnumerateArray());
        Assert.Equal("attendance.minutes-range", reason.GetProperty("code").GetString());
        Assert.NotEmpty(reason.GetProperty("message").GetString()!);
        Assert.NotEmpty(results[2].GetProperty("reasons").EnumerateArray());
        Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(valid.Envelope.MessageId));
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(outOfRange.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_answer_the_same_outcome_as_duplicate_when_a_batch_is_sent_again()
    {
        var school = await hub.ProvisionSchoolAsync();
        var batch = Batch(Item(TestMessages.Attendance(school.Brin, pupil: 13, lesson: 1)));

        using var first = await PostAsync(school.HttpApiKey, batch);
        using var second = await PostAsync(school.HttpApiKey, batch);
        var again = Assert.Single(await ResultsOf(second));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("accepted", again.GetProperty("outcome").GetString());
        Assert.True(again.GetProperty("isDuplicate").GetBoolean());
    }

    [Fact]
    public async Task Should_reject_with_brin_mismatch_when_a_key_submits_for_another_school()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        var message = TestMessages.Attendance(other.Brin, pupil: 14, lesson: 1);

        using var response = await PostAsync(school.HttpApiKey, Batch(Item(message)));
        var result = Assert.Single(await ResultsOf(response));

        Assert.Equal("rejected", result.GetProperty("outcome").GetString());
        Assert.Contains("school.brin-mismatch", result.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
        Assert.Contains(hub.Worker.OutputLines, line =>
            line.Contains(message.Envelope.MessageId.ToString(), StringComparison.Ordinal) && line.Contains(school.HttpCredentialId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_401_problem_json_when_no_key_is_sent()
    {
        using var response = await PostAsync(apiKey: null, Batch());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.EndsWith("Z", problem.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_401_when_the_key_was_revoked()
    {
        var school = await hub.ProvisionSchoolAsync();
        await hub.Provisioner.RevokeHttpKeyAsync(school.HttpCredentialId, CancellationToken.None);

        using var response = await PostAsync(school.HttpApiKey, Batch());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_answer_400_problem_json_when_the_body_is_not_json()
    {
        var school = await hub.ProvisionSchoolAsync();

        using var response = await PostAsync(school.HttpApiKey, "items: [ this is not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_answer_413_problem_json_when_the_batch_has_too_many_items()
    {
        var school = await hub.ProvisionSchoolAsync();
        var items = Enumerable.Range(1, HttpGatewayFixture.MaxItems + 1)
            .Select(lesson => Item(TestMessages.Attendance(school.Brin, pupil: 15, lesson: lesson)))
            .ToArray();

        using var response = await PostAsync(school.HttpApiKey, Batch(items));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_report_ready_when_database_and_broker_answer()
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };

        using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string? apiKey, string body)
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/submissions", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await http.SendAsync(request);
    }

    private static async Task<IReadOnlyList<JsonElement>> ResultsOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("results").EnumerateArray().ToList();
    }

    private static string Item<T>(T message) =>
        $"{{\"messageType\":\"{typeof(T).Name}\",\"message\":{TestMessages.ToJsonString(message)}}}";

    private static string Batch(params string[] items) => $"{{\"items\":[{string.Join(',', items)}]}}";
}
