using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Builds the rules' context for a school location and the pupil's woongemeente (the school's region and published
/// calendars, the rule settings resolved national -> region -> gemeente -> school), and the melding context (the
/// settle rule, the school's policy and melder, the time zone).
/// </summary>
public interface ISignaleringContextSource
{
    Task<SignaleringContext> GetAsync(SchoolLocation school, string? woongemeente, CancellationToken cancellationToken);

    Task<MeldingContext> GetMeldingContextAsync(SchoolLocation school, SignaleringContext rules, CancellationToken cancellationToken);
}
