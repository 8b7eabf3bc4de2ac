namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// A gemeente's status on its way to DUO: one duo_outbox row (operation 'status-gemeente') for the melding and pupil,
/// whose body is <see cref="Status"/> with an empty meldingsnummer (the dispatcher fills it in from duo_meldingen).
/// </summary>
public sealed record GemeenteStatusRequest(Guid RequestId, Guid MeldingId, string Pupil, DuoGemeenteStatus Status, DateTimeOffset CreatedAt);
