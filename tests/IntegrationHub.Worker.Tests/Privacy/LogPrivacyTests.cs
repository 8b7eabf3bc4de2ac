using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Privacy;

public sealed class LogPrivacyTests(LogPrivacyFixture hub) : IClassFixture<LogPrivacyFixture>
{
    private static readonly int[] Pupils = [101, 102, 103, 104, 105, 106];

    [Fact]
    public async Task Should_log_no_bsn_and_no_lvs_pupil_key_when_traffic_is_processed_at_debug_level()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var bsns = Pupils.Select(TestMessages.TestBsn).ToList();
        var keys = Pupils.Select(TestMessages.LvsPupilKey).ToList();

        var valid = TestMessages.Attendance(school.Brin, Pupils[0], lesson: 1);
        await lvs.PublishAsync(TestMessages.ToJson(valid));
        await lvs.PublishAsync(TestMessages.ToJson(valid));
        await lvs.PublishAsync(TestMessages.ToJson(TestMessages.Attendance(school.Brin, Pupils[1], lesson: 1) with { Minutes = 0 }));
        await lvs.PublishAsync(TestMessages.ToJson(TestMessages.Attendance(other.Brin, Pupils[2], lesson: 1)));
        await lvs.PublishAsync(Encoding.UTF8.GetBytes($"{{\"pupil\": \"{bsns[3]}\", \"key\": \"{keys[3]}\", broken"));
        var unknownField = TestMessages.ToJsonString(TestMessages.Attendance(school.Brin, Pupils[4], lesson: 1))
            .Replace("\"minutes\"", $"\"{keys[4]}\":\"{bsns[4]}\",\"minutes\"", StringComparison.Ordinal);
        await lvs.PublishAsync(Encoding.UTF8.GetBytes(unknownField));
        var feedback = await lvs.ReadFeedbackAsync(6, TimeSpan.FromSeconds(30));
        var httpBatch = $"{{\"items\":[{{\"messageType\":\"AttendanceRegistered\",\"message\":{TestMessages.ToJsonString(TestMessages.Attendance(school.Brin, Pupils[5], lesson: 1))}}}]}}";
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", school.HttpApiKey);
        using var response = await http.PostAsync(new Uri("v1/submissions", UriKind.Relative), new StringContent(httpBatch, Encoding.UTF8, "application/json"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var lines = hub.Worker.OutputLines;

        Assert.Equal(6, feedback.Count);
        response.EnsureSuccessStatusCode();
        Assert.Contains(lines, line => line.StartsWith("dbug:", StringComparison.Ordinal) || line.Contains(" dbug: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(valid.Envelope.MessageId.ToString(), StringComparison.Ordinal));
        foreach (var secret in bsns.Concat(keys))
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
