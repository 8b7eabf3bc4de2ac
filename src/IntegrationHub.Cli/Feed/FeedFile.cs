using System.Text.Json;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Feed;

/// <summary>Reads and writes JSON Lines feeds.</summary>
public static class FeedFile
{
    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<FeedLine> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            FeedLine? line;
            try
            {
                line = JsonSerializer.Deserialize<FeedLine>(text, LineOptions);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"feed line {number}: not a feed line ({ex.Message})", ex);
            }

            yield return line ?? throw new InvalidDataException($"feed line {number}: empty");
        }
    }

    public static string Line<T>(T message, string? sender = null)
        where T : notnull =>
        JsonSerializer.Serialize(
            new FeedLine
            {
                MessageType = typeof(T).Name,
                Message = JsonSerializer.SerializeToElement(message, ContractJson.Options),
                Sender = sender,
            },
            LineOptions);

    public static string RawLine(string messageType, string raw, string sender) =>
        JsonSerializer.Serialize(new FeedLine { MessageType = messageType, Raw = raw, Sender = sender }, LineOptions);

    /// <summary>The body bytes a gateway receives for this line.</summary>
    public static byte[] Body(FeedLine line) =>
        line.Raw is not null
            ? System.Text.Encoding.UTF8.GetBytes(line.Raw)
            : JsonSerializer.SerializeToUtf8Bytes(line.Message, ContractJson.Options);

    /// <summary>The BRIN whose credential sends the line: <see cref="FeedLine.Sender"/>, else the envelope's school.</summary>
    public static string SenderBrin(FeedLine line) =>
        line.Sender
        ?? line.Message?.GetProperty("envelope").GetProperty("school").GetProperty("brin").GetString()
        ?? throw new InvalidDataException("feed line without sender or envelope school");

    public static Envelope? EnvelopeOf(FeedLine line) =>
        line.Message?.TryGetProperty("envelope", out var envelope) == true
            ? envelope.Deserialize<Envelope>(ContractJson.Options)
            : null;
}
