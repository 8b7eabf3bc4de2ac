using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Console.Jgz;

/// <summary>The Dutch words for the JGZ screens' codes; an unknown code is shown as it is.</summary>
public static class JgzTexts
{
    public static string Criterion(string? code) => code switch
    {
        null => "onbekend",
        "4-ziekmeldingen-in-12-schoolweken" => "4e ziekmelding binnen 12 schoolweken",
        "7-aaneengesloten-schooldagen-ziek" => "7e aaneengesloten schooldag ziek",
        "zorgenvinkje" => "zorg van de school (zorgenvinkje)",
        _ => code,
    };

    public static string Participation(AdviceParticipation value) => value switch
    {
        AdviceParticipation.Volledig => "volledig deelnemen",
        AdviceParticipation.Gedeeltelijk => "gedeeltelijk deelnemen",
        _ => "tijdelijk niet deelnemen",
    };

    public static string LoadCapacity(AdviceLoadCapacity value) => value switch
    {
        AdviceLoadCapacity.Normaal => "normaal",
        AdviceLoadCapacity.Beperkt => "beperkt",
        _ => "sterk beperkt",
    };

    public static string Adjustment(AdviceAdjustment value) => value switch
    {
        AdviceAdjustment.AangepastRooster => "aangepast rooster",
        AdviceAdjustment.Rustmomenten => "rustmomenten",
        AdviceAdjustment.MinderToetsen => "minder toetsen",
        AdviceAdjustment.AangepasteGym => "aangepaste gym",
        AdviceAdjustment.DeelsThuisonderwijs => "deels thuisonderwijs",
        _ => "vast aanspreekpunt",
    };

    /// <summary>A stored wire code (e.g. "gedeeltelijk", "rustmomenten") in words.</summary>
    public static string Code<TEnum>(string code, Func<TEnum, string> text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Bureau.BureauTexts.Code(value) == code)
            {
                return text(value);
            }
        }

        return code;
    }
}
