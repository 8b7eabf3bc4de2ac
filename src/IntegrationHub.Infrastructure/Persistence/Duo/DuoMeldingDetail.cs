namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>One melding as <c>hub duo show</c> prints it.</summary>
public sealed record DuoMeldingDetail(DuoMeldingDetailRow Melding, IReadOnlyList<DuoStatusRow> Statuses, IReadOnlyList<DuoRequestRow> Requests);
