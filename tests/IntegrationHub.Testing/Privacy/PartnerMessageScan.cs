using System.Text.Json.Nodes;

namespace IntegrationHub.Testing.Privacy;

/// <summary>
/// Looks for health text in one message to leerplicht, RMC or DUO (its JSON body). The one free text the law lets
/// through is the toelichting a person at the school confirmed for that melding: it must be carried exactly as given
/// in <c>toelichtingDoorSchool</c>, and is left out of the scan; everything else must be free of health words.
/// </summary>
public static class PartnerMessageScan
{
    /// <summary>What is wrong with <paramref name="json"/>, or null; <paramref name="carriedToelichting"/> says whether it carried a confirmed toelichting.</summary>
    public static string? Check(string json, IReadOnlyDictionary<Guid, string> confirmed, out bool carriedToelichting)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        carriedToelichting = false;
        var body = JsonNode.Parse(json)!.AsObject();
        var meldingId = body["meldingId"]?.GetValue<Guid>();
        var expected = meldingId is { } id ? confirmed.GetValueOrDefault(id) : null;
        var toelichting = body["toelichtingDoorSchool"]?.GetValue<string>();
        if (toelichting is not null)
        {
            if (!string.Equals(toelichting, expected, StringComparison.Ordinal))
            {
                return $"toelichtingDoorSchool \"{toelichting}\" is not the text the school confirmed for melding {meldingId} (\"{expected}\")";
            }

            carriedToelichting = true;
            body.Remove("toelichtingDoorSchool");
        }
        else if (expected is not null && body.ContainsKey("soortVerzuim"))
        {
            return $"the notification of melding {meldingId} lacks the toelichting the school confirmed for it";
        }

        var rest = body.ToJsonString();
        return HealthWords.FindIn(rest) is { } word ? $"health word \"{word}\" in {rest}" : null;
    }
}
