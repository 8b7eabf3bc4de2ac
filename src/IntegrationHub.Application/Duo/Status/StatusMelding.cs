namespace IntegrationHub.Application.Duo.Status;

/// <summary>A melding the hub registered at DUO (duo_meldingen), as a status from DUO's register needs it.</summary>
public sealed record StatusMelding(Guid MeldingId, string Meldingsnummer, string Brin, string Vestiging, string LvsPupilKey);
