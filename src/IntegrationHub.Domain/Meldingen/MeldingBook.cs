namespace IntegrationHub.Domain.Meldingen;

/// <summary>The meldingen of one pupil at one school location, open and closed. Plain data.</summary>
public sealed class MeldingBook
{
    public List<Verzuimmelding> Meldingen { get; set; } = [];

    public Verzuimmelding? Find(Guid meldingId) => Meldingen.Find(m => m.MeldingId == meldingId);

    public Verzuimmelding? ForFinding(string findingId) =>
        Meldingen.Find(m => string.Equals(m.FindingId, findingId, StringComparison.Ordinal));
}
