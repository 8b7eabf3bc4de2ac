using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>The wire codes of the domain's signal enums, as the contracts document them.</summary>
public static class SignalCodes
{
    public static string Of(SignalKind kind) => kind switch
    {
        SignalKind.Melding16Uur => "melding-16-uur",
        SignalKind.LangdurigRelatiefVerzuim => "langdurig-relatief-verzuim",
        SignalKind.LuxeVerzuim => "luxe-verzuim",
        SignalKind.RmcVerzuim => "rmc-verzuim",
        SignalKind.VoortijdigSchoolverlaten => "voortijdig-schoolverlaten",
        SignalKind.AbsoluutVerzuim => "absoluut-verzuim",
        SignalKind.MazlCriterium => "mazl-criterium",
        SignalKind.LadderStap => "ladder-stap",
        SignalKind.BeginnendVerzuim => "beginnend-verzuim",
        SignalKind.CombinedPattern => "combined-pattern",
        SignalKind.GeenRegelToepasbaar => "geen-regel-toepasbaar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(SignalRecipient recipient) => recipient switch
    {
        SignalRecipient.Leerplicht => "leerplicht",
        SignalRecipient.Rmc => "rmc",
        SignalRecipient.School => "school",
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, null),
    };

    public static string Of(Regime regime) => regime switch
    {
        Regime.None => "geen",
        Regime.Leerplicht => "leerplicht",
        Regime.Kwalificatieplicht => "kwalificatieplicht",
        Regime.Rmc => "rmc",
        Regime.Vrijgesteld => "vrijgesteld",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>DUO's wording of the vermoedelijke soort verzuim (Besluit Verzuimmelding, annex).</summary>
    public static string? Of(VermoedelijkeSoortVerzuim? soort) => soort switch
    {
        null => null,
        VermoedelijkeSoortVerzuim.LuxeVerzuim => "luxe verzuim",
        VermoedelijkeSoortVerzuim.BeginnendVerzuim => "beginnend verzuim",
        VermoedelijkeSoortVerzuim.Signaalverzuim => "signaalverzuim",
        VermoedelijkeSoortVerzuim.OngeoorloofdVerzuim16UurIn4Lesweken => "ongeoorloofd verzuim van in totaal 16 uren in 4 opeenvolgende lesweken",
        VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger => "ongeoorloofd verzuim van 1 maand of langer",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };
}
