using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Infrastructure.Tests.Fuzz;

/// <summary>
/// A seeded generator of malformed and hostile partner answers (PartnerStatusSet, JgzAdviceGiven), each with one change
/// that must make the partner gateway refuse it: broken JSON, wrong types, huge strings, deep nesting, unknown codes,
/// year 9999 or 0001, control characters, a hostile type, or injection strings in every text field about a melding or
/// referral that is not the sender's (melding.unknown, referral.unknown).
/// </summary>
public sealed class HostilePartnerPayloads(int seed, Guid meldingId, Guid referralId)
{
    private static readonly string[] Injections =
    [
        "'; DROP TABLE partner_statuses; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{0}%s%n", "${jndi:ldap://127.0.0.1/a}",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;", "\u202Egnp.exe", "\uFEFF\u200B", "\uD83D\uDCA9", "ＤＲＯＰ",
    ];

    private static readonly string[] StatusTexts =
        ["contactpersoon.naam", "contactpersoon.functie", "contactpersoon.telefoon", "contactpersoon.email", "traceParent", "status", "redenAfgesloten"];

    private readonly Random _random = new(seed);

    public (string Kind, byte[] Body, string? Type) Next()
    {
        var advice = _random.Next(4) == 0;
        var message = advice ? Advice(referralId) : Status(meldingId);
        var type = advice ? "JgzAdviceGiven" : "PartnerStatusSet";
        var textField = advice ? "traceParent" : StatusTexts[_random.Next(StatusTexts.Length)];
        return _random.Next(10) switch
        {
            0 => ("broken-json", Broken(message), type),
            1 => ("wrong-type", Bytes(Set(message, advice ? "startHoursPerWeek" : "setAt", _random.Next(2) == 0 ? JsonValue.Create(true) : new JsonArray())), type),
            2 => ("huge-string", Bytes(Set(message, textField, JsonValue.Create(new string('x', _random.Next(5_000, 200_000))))), type),
            3 => ("deep-nesting", Encoding.UTF8.GetBytes(message.ToJsonString()[..^1] + ",\"x\":" + new string('[', _random.Next(17, 3_000)) + new string(']', 0) + "}"), type),
            4 => ("unknown-code", Bytes(Set(message, advice ? "loadCapacity" : "status", _random.Next(2) == 0 ? JsonValue.Create(_random.Next(9, 999)) : JsonValue.Create("onbekend"))), type),
            5 => ("far-date", Bytes(Set(message, advice ? "givenAt" : "setAt", JsonValue.Create(_random.Next(2) == 0 ? "9999-12-31T23:59:59Z" : "0001-01-01T00:00:00Z"))), type),
            6 => ("control-character", Bytes(Set(message, textField, JsonValue.Create("a\u0000b" + (char)_random.Next(1, 32)))), type),
            7 => ("type-hint", Bytes(message), _random.Next(3) switch { 0 => null, 1 => "Partner\0StatusSet", _ => "AttendanceRegistered" }),
            _ => ("injection", Bytes(Injection(message, advice)), type),
        };
    }

    private JsonObject Injection(JsonObject message, bool advice)
    {
        foreach (var field in advice ? ["traceParent"] : StatusTexts.Where(f => f.StartsWith("contactpersoon", StringComparison.Ordinal)))
        {
            Set(message, field, JsonValue.Create(Injections[_random.Next(Injections.Length)]));
        }

        // A melding or referral that was not routed to the sender: refused however harmless the texts are.
        return Set(message, advice ? "referralId" : "meldingId", JsonValue.Create(Guid.NewGuid()));
    }

    private byte[] Broken(JsonObject message)
    {
        var text = message.ToJsonString();
        if (_random.Next(2) == 0)
        {
            return Encoding.UTF8.GetBytes(text[.._random.Next(text.Length - 1)]);
        }

        var bytes = new byte[_random.Next(1, 1024)];
        _random.NextBytes(bytes);
        bytes[0] = (byte)'<';
        return bytes;
    }

    private static JsonObject Status(Guid meldingId) => JsonSerializer.SerializeToNode(new PartnerStatusSet
    {
        MessageId = Guid.NewGuid(),
        MeldingId = meldingId,
        Status = PartnerStatus.InBehandeling,
        Contactpersoon = new ContactpersoonRef { Naam = "J. de Vries", Functie = "leerplichtambtenaar", Telefoon = "030-1234567", Email = "leerplicht@example.nl" },
        SetAt = DateTimeOffset.UtcNow.AddMinutes(-1),
    }, JsonSerializerOptions.Web)!.AsObject();

    private static JsonObject Advice(Guid referralId) => JsonSerializer.SerializeToNode(new JgzAdviceGiven
    {
        MessageId = Guid.NewGuid(),
        ReferralId = referralId,
        Participation = AdviceParticipation.Gedeeltelijk,
        LoadCapacity = AdviceLoadCapacity.Beperkt,
        StartHoursPerWeek = 12,
        Adjustments = [AdviceAdjustment.AangepastRooster],
        GivenAt = DateTimeOffset.UtcNow.AddHours(-1),
    }, JsonSerializerOptions.Web)!.AsObject();

    private static JsonObject Set(JsonObject message, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = message;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? new JsonObject();
        }

        node[parts[^1]] = value;
        return message;
    }

    private static byte[] Bytes(JsonObject message) => Encoding.UTF8.GetBytes(message.ToJsonString());
}
