using System.Globalization;
using System.Text.Json;
using IntegrationHub.Cli.Replay;

namespace IntegrationHub.Cli.Tests.Properties;

/// <summary>What a replay sent to partners, read back from its outbound lines.</summary>
internal sealed record PartnerMessages(IReadOnlyList<OutboundLine> Lines)
{
    private IEnumerable<OutboundLine> Partner => Lines.Where(l => l.Kind == "melding");

    /// <summary>Each VerzuimmeldingReady without its timestamps (and melder), sorted: the meldingen made.</summary>
    public IReadOnlyList<string> Meldingen() =>
        [.. Partner.Where(l => l.MessageType == "VerzuimmeldingReady").Select(l => Body(l.Message)).Order(StringComparer.Ordinal)];

    /// <summary>Each einddatum sent after its melding, as "meldingId einddatum", sorted.</summary>
    public IReadOnlyList<string> Einddata() =>
        [.. Partner.Where(l => l.MessageType == "VerzuimmeldingEinddatumSet")
            .Select(l => $"{Text(l.Message, "meldingId")} {Text(l.Message, "einddatum")}").Order(StringComparer.Ordinal)];

    public IEnumerable<OutboundLine> OfType(string messageType) => Partner.Where(l => l.MessageType == messageType);

    /// <summary>Partner messages that are neither a new melding nor the einddatum of a melding made before it.</summary>
    public IEnumerable<OutboundLine> Other()
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Partner)
        {
            var id = Text(line.Message, "meldingId");
            if (line.MessageType == "VerzuimmeldingReady")
            {
                made.Add(id);
            }
            else if (line.MessageType != "VerzuimmeldingEinddatumSet" || !made.Contains(id))
            {
                yield return line;
            }
        }
    }

    public static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Null ? "-" : value.ToString() : "-";

    private static string Body(JsonElement m) => string.Join(
        " | ",
        Text(m, "meldingId"),
        Text(m, "kind"),
        Text(m, "begindatum"),
        Text(m, "einddatum"),
        m.GetProperty("verzuimUren").GetDecimal().ToString(CultureInfo.InvariantCulture),
        Text(m, "verzuimDagen"),
        string.Join(',', m.GetProperty("registrationIds").EnumerateArray().Select(r => r.GetString())),
        Text(m, "followsMeldingId"));
}
