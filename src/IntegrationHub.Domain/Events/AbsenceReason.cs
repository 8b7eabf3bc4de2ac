namespace IntegrationHub.Domain.Events;

/// <summary>National reason categories (domain.md section 3).</summary>
public enum AbsenceReason
{
    Geen,
    Ziekte,
    Verlof,
    Schorsing,
    Vrijstelling,
    Overmacht,
    Spijbelen,
    TeLaat,
    LuxeVerzuim,
    Onbekend,
}
