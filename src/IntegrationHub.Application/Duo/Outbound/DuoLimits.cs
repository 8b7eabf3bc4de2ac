namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>DUO's field limits (domain.md section 5), in characters. A longer text is refused, never cut.</summary>
public static class DuoLimits
{
    public const int Reden = 200;
    public const int Toelichting = 100;
    public const int MelderNaam = 100;
    public const int MelderFunctie = 60;
    public const int MelderEmail = 100;
}
