namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// The melding's kind (SignalCodes) to DUO's soort code, and the "alle lessen gemist" flag. Pure.
/// <list type="bullet">
/// <item>"melding-16-uur": V3 under 18, V4 18+. The melding carries no age; its regime tells it: "rmc" is the 18-23 regime,
/// every other regime (leerplicht, kwalificatieplicht) ends before 18.</item>
/// <item>"langdurig-relatief-verzuim": LRV; "luxe-verzuim": L; "rmc-verzuim": RMC.</item>
/// <item>"absoluut-verzuim" and "voortijdig-schoolverlaten" are not verzuimmeldingen at DUO (domain.md section 4: absoluut
/// verzuim is detected from DUO's own registers, and a deregistration reaches DUO through its enrolment register): null.</item>
/// <item>Any other kind a melding was made from is overig verzuim: O.</item>
/// </list>
/// </summary>
public static class DuoSoorten
{
    public static readonly IReadOnlyList<string> NotForDuo = ["absoluut-verzuim", "voortijdig-schoolverlaten"];

    /// <summary>DUO's soort for a melding of <paramref name="kind"/> under <paramref name="regime"/>; null when it does not go to DUO.</summary>
    public static DuoSoort? Of(string kind, string regime) => kind switch
    {
        "melding-16-uur" => regime == "rmc" ? DuoSoort.V4 : DuoSoort.V3,
        "langdurig-relatief-verzuim" => DuoSoort.LRV,
        "luxe-verzuim" => DuoSoort.L,
        "rmc-verzuim" => DuoSoort.RMC,
        _ when NotForDuo.Contains(kind) => null,
        _ => DuoSoort.O,
    };

    /// <summary>
    /// "Alle lessen gemist": true for LRV and RMC, whose rules count only school days on which every scheduled lesson was
    /// missed (domain.md section 4, counting runs of days), so every counted day was missed whole. False for the others:
    /// 16 uur, luxe and overig count hours, and the hub does not claim whole days it did not check.
    /// </summary>
    public static bool AlleLessenGemist(DuoSoort soort) => soort is DuoSoort.LRV or DuoSoort.RMC;
}
