namespace IntegrationHub.Application.Routing;

/// <summary>
/// Who must consent to a MAZL referral by the pupil's age on the day (WGBO, domain.md section 8): under 12 the parents;
/// 12-15 parents and pupil; 16 and over the pupil. A pupil whose birth date the school never reported needs both.
/// </summary>
public static class Wgbo
{
    public static bool Covers(string givenBy, DateOnly? birthDate, DateOnly on)
    {
        var required = birthDate is { } born ? Required(AgeOn(born, on)) : "parents-and-pupil";
        return givenBy == required || givenBy == "parents-and-pupil";
    }

    public static string Required(int age) => age switch
    {
        < 12 => "parents",
        < 16 => "parents-and-pupil",
        _ => "pupil",
    };

    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }
}
