namespace IntegrationHub.Domain.Privacy;

/// <summary>Who gave (or must give) consent under the WGBO: the parents, the parents and the pupil together, or the pupil.</summary>
public enum ConsentGiver
{
    Parents,
    ParentsAndPupil,
    Pupil,
}
