namespace IntegrationHub.Domain.Signalering;

/// <summary>The "vermoedelijke soort verzuim" of a verzuimmelding (Besluit Verzuimmelding, annex; domain.md section 5).</summary>
public enum VermoedelijkeSoortVerzuim
{
    LuxeVerzuim,
    BeginnendVerzuim,
    Signaalverzuim,
    OngeoorloofdVerzuim16UurIn4Lesweken,
    OngeoorloofdVerzuimEenMaandOfLanger,
}
