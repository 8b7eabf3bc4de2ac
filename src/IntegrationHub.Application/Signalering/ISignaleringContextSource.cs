using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Builds the rules' context for a school location and the pupil's woongemeente: the school's region and
/// published calendars, and the rule settings resolved national -> region -> gemeente -> school.
/// </summary>
public interface ISignaleringContextSource
{
    Task<SignaleringContext> GetAsync(SchoolLocation school, string? woongemeente, CancellationToken cancellationToken);
}
