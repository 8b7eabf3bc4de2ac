using System.Text.Json;

namespace IntegrationHub.Console.Tests.School;

/// <summary>A message the hub sent (MassTransit envelope): its short type, its envelope message id and the contract body.</summary>
public sealed record BrokerMessage(string ShortType, Guid EnvelopeMessageId, JsonElement Message)
{
    public Guid? MeldingId =>
        Message.TryGetProperty("meldingId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid()
        : Message.TryGetProperty("melding", out var melding) && melding.ValueKind == JsonValueKind.Object ? melding.GetProperty("meldingId").GetGuid()
        : null;

    public string? Text(string name) => Message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static BrokerMessage Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var type = root.GetProperty("messageType")[0].GetString()!;
        return new BrokerMessage(
            type[(type.LastIndexOf(':') + 1)..],
            root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : Guid.Empty,
            root.GetProperty("message").Clone());
    }
}
