using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Meldingen;

/// <summary>Copies what a melding says from its finding, and tells whether that changed.</summary>
internal static class FindingContent
{
    public static bool Differs(Verzuimmelding m, Signal f) =>
        m.Begindatum != f.Begindatum
        || m.Einddatum != f.Einddatum
        || m.VerzuimUren != f.VerzuimUren
        || m.VerzuimMinuten != f.VerzuimMinuten
        || m.VerzuimDagen != f.VerzuimDagen
        || m.Soort != f.SoortVerzuim
        || m.Deadline != f.DueDate
        || m.TriggeredOn != TriggeredOn(f)
        || m.Regime != f.Regime
        || m.Woongemeente != f.Woongemeente
        || m.IsVervolgmelding != f.IsVervolgmelding
        || !m.RegistrationIds.SequenceEqual(RecordIds(f));

    public static void Copy(Verzuimmelding m, Signal f)
    {
        m.Kind = f.Kind;
        m.Recipient = f.Recipient;
        m.Soort = f.SoortVerzuim;
        m.Pupil = f.Pupil;
        m.School = f.School;
        m.Regime = f.Regime;
        m.Woongemeente = f.Woongemeente;
        m.Begindatum = f.Begindatum;
        m.Einddatum = f.Einddatum;
        m.VerzuimUren = f.VerzuimUren;
        m.VerzuimMinuten = f.VerzuimMinuten;
        m.VerzuimDagen = f.VerzuimDagen;
        m.RegistrationIds = [.. RecordIds(f)];
        m.TriggeredOn = TriggeredOn(f);
        m.Deadline = f.DueDate;
        m.IsVervolgmelding = f.IsVervolgmelding;
    }

    /// <summary>The day that triggered the finding.</summary>
    public static DateOnly TriggeredOn(Signal f) => f.TriggeredOn;

    /// <summary>The school's record ids behind the finding, sorted.</summary>
    public static IEnumerable<string> RecordIds(Signal f) => f.BasedOnRecordIds.Order(StringComparer.Ordinal);
}
