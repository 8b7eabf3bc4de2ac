using System.Text;
using IntegrationHub.Worker.Http;

namespace IntegrationHub.Worker.Tests.Http;

public sealed class SubmissionBatchReaderTests
{
    [Fact]
    public async Task Should_pass_each_message_on_as_its_raw_json_when_the_batch_is_well_formed()
    {
        var batch = await ReadAsync("""{ "items": [ { "messageType": "AttendanceRegistered", "message": { "a" : 1 } }, { "message": [1,2] }, 7 ] }""");

        Assert.Null(batch.ErrorStatus);
        Assert.Equal(3, batch.Items.Count);
        Assert.Equal("AttendanceRegistered", batch.Items[0].MessageType);
        Assert.Equal("""{ "a" : 1 }""", Encoding.UTF8.GetString(batch.Items[0].Message.Span));
        Assert.Null(batch.Items[1].MessageType);
        Assert.Equal("[1,2]", Encoding.UTF8.GetString(batch.Items[1].Message.Span));
        Assert.Equal("7", Encoding.UTF8.GetString(batch.Items[2].Message.Span));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "items": {} }""")]
    [InlineData("""{ "other": [] }""")]
    public async Task Should_answer_400_when_the_body_is_not_a_batch(string body)
    {
        var batch = await ReadAsync(body);

        Assert.Equal(400, batch.ErrorStatus);
    }

    [Fact]
    public async Task Should_answer_413_when_the_batch_has_more_items_than_allowed()
    {
        var batch = await ReadAsync("""{ "items": [ {}, {}, {} ] }""", maxItems: 2);

        Assert.Equal(413, batch.ErrorStatus);
    }

    private static async Task<SubmissionBatchReadResult> ReadAsync(string body, int maxItems = 10)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await SubmissionBatchReader.ReadAsync(stream, maxItems, 1024 * 1024, CancellationToken.None);
    }
}
