using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Retention;

/// <summary>A pupil's persoonsgebonden nummer as an operator names it (BSN or onderwijsnummer).</summary>
public sealed record PupilNummer(NummerSoort Soort, string Nummer)
{
    /// <summary>Never the nummer itself: this record may end up in a log line.</summary>
    public override string ToString() => $"{Soort} (nummer withheld)";
}
