using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// One pupil at one school location as a batch holds it: the rule state (null for a pupil the rules have not seen
/// here), the meldingen, and the school's own key for the pupil (null when the school never sent one).
/// </summary>
public sealed record PupilSnapshot(PupilState? State, MeldingBook Book, string? LvsPupilKey);
