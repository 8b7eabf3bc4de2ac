namespace IntegrationHub.Domain.Privacy;

/// <summary>
/// Who must consent to sharing health data (a MAZL referral, JGZ advice back to the school) under the WGBO, by the pupil's
/// age on the day (domain.md section 8): under 12 the parents; from 12 to 15 the parents and the pupil; from 16 the pupil.
/// A recorded consent covers that day when everyone who must consent gave it: "parents-and-pupil" covers every age, so
/// it is also the only consent that covers a pupil whose birth date is unknown. Ages count birthdays as the regime rules
/// do (<see cref="DateOnly.AddYears"/>).
/// </summary>
public static class ConsentRules
{
    public const int PupilJoinsAt = 12;
    public const int PupilAloneFrom = 16;

    /// <summary>Who must consent for a pupil born on <paramref name="birthDate"/>, on <paramref name="on"/>.</summary>
    public static ConsentGiver RequiredGiver(DateOnly birthDate, DateOnly on)
    {
        if (on < birthDate.AddYears(PupilJoinsAt))
        {
            return ConsentGiver.Parents;
        }

        return on < birthDate.AddYears(PupilAloneFrom) ? ConsentGiver.ParentsAndPupil : ConsentGiver.Pupil;
    }

    /// <summary>Whether a consent given by <paramref name="givenBy"/> includes everyone in <paramref name="required"/>.</summary>
    public static bool Covers(ConsentGiver givenBy, ConsentGiver required) =>
        givenBy == required || givenBy == ConsentGiver.ParentsAndPupil;

    /// <summary>
    /// Whether a consent given by <paramref name="givenBy"/> covers <paramref name="on"/> for a pupil born on
    /// <paramref name="birthDate"/> (null: unknown, then only the parents and the pupil together cover it).
    /// </summary>
    public static bool Covers(ConsentGiver givenBy, DateOnly? birthDate, DateOnly on) =>
        birthDate is { } birth ? Covers(givenBy, RequiredGiver(birth, on)) : givenBy == ConsentGiver.ParentsAndPupil;

    /// <summary>The giver a recorded code names ("parents", "parents-and-pupil", "pupil"), or null for another code.</summary>
    public static ConsentGiver? GiverOf(string? code) => code switch
    {
        "parents" => ConsentGiver.Parents,
        "parents-and-pupil" => ConsentGiver.ParentsAndPupil,
        "pupil" => ConsentGiver.Pupil,
        _ => null,
    };
}
