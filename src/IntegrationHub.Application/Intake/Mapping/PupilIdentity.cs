using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>
/// The link from a pseudonym back to the persoonsgebonden nummer, stored only in pupil_identity and read only
/// for the legal-obligation routes; and the school's own key for the pupil (school_pupils), read only to
/// address feedback to that school. <see cref="ToString"/> never prints the nummer.
/// </summary>
public sealed record PupilIdentity(string Pseudonym, NummerSoort NummerSoort, string PersoonsgebondenNummer, string LvsPupilKey)
{
    public override string ToString() => $"PupilIdentity {{ Pseudonym = {Pseudonym} }}";
}
