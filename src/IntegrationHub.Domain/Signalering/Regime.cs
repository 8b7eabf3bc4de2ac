namespace IntegrationHub.Domain.Signalering;

/// <summary>The regime a pupil falls under on a given date (domain.md section 2).</summary>
public enum Regime
{
    None,
    Leerplicht,
    Kwalificatieplicht,
    Rmc,
    Vrijgesteld,
}
