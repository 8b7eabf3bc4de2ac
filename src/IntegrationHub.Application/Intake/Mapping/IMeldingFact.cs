using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>A fact about one melding, sent by a school: accepted only for the sender's own melding (MeldingOwnership).</summary>
public interface IMeldingFact
{
    Guid MeldingId { get; }

    SchoolLocation School { get; }
}
