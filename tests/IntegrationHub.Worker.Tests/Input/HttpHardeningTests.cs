using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Input;

/// <summary>The HTTP gateway's limits on a running worker: request size (413), per-school rate (429), its OpenAPI document.</summary>
public sealed class HttpHardeningTests(HttpHardeningFixture hub) : IClassFixture<HttpHardeningFixture>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Should_answer_413_problem_json_without_reading_when_the_request_is_larger_than_the_limit()
    {
        var school = await hub.ProvisionSchoolAsync();
        var message = TestMessages.Attendance(school.Brin, pupil: 21, lesson: 1);
        var padded = $"{{\"items\":[{{\"messageType\":\"AttendanceRegistered\",\"message\":{TestMessages.ToJsonString(message)}}}],\"pad\":\"{new string('x', HttpHardeningFixture.MaxRequestBytes)}\"}}";

        using var response = await PostAsync(school.HttpApiKey!, padded);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_answer_429_with_retry_after_for_one_school_only_when_it_sends_more_than_its_limit()
    {
        var busy = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= HttpHardeningFixture.RequestsPerWindow; i++)
        {
            using var response = await PostAsync(busy.HttpApiKey!, "{\"items\":[]}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(429, problem.GetProperty("status").GetInt32());
            }
        }

        using var otherSchool = await PostAsync(other.HttpApiKey!, "{\"items\":[]}");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, HttpHardeningFixture.RequestsPerWindow), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherSchool.StatusCode);
    }

    [Fact]
    public async Task Should_serve_the_openapi_document_listing_the_submission_endpoint_when_asked_at_openapi_v1_json()
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };

        using var response = await http.GetAsync(new Uri("openapi/v1.json", UriKind.Relative));
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var submit = document.GetProperty("paths").GetProperty("/v1/submissions").GetProperty("post");
        Assert.Equal("SubmitBatch", submit.GetProperty("operationId").GetString());
        Assert.True(submit.GetProperty("responses").TryGetProperty("429", out _));
    }

    private async Task<HttpResponseMessage> PostAsync(string apiKey, string body)
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/submissions", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await http.SendAsync(request);
    }
}
