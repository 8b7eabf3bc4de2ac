using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Tests.Meldingen;

/// <summary>
/// Findings and contexts for the melding decisions, built directly (the rules engine has its own tests). A school in
/// regio Midden, days counted in Europe/Amsterdam; the default finding is a 16-uur finding reached on Thursday
/// 2 October 2025 (deadline Thursday 9 October, settles Tuesday 7 October 00:00 local = 6 October 22:00 UTC).
/// </summary>
internal static class Desk
{
    public static readonly SchoolLocation School = new("12AB", "00");

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static readonly SchoolCalendar Calendar = SchoolCalendar.Create(SchoolRegion.Midden);

    public static readonly Melder SchoolMelder = new()
    {
        Naam = "J. de Vries", Functie = "verzuimcoördinator", Telefoon = "0301234567", Email = "verzuim@school.example",
        DoorSchoolOndernomenActie = "Gesprek met ouders.", ActieGemeenteGewenst = true,
    };

    public static readonly DateOnly Trigger = new(2025, 10, 2);

    /// <summary>When the default finding is first seen: the afternoon of its trigger day.</summary>
    public static readonly DateTimeOffset Raised = new(2025, 10, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 7 October 2025 00:00 in Amsterdam (CEST).</summary>
    public static readonly DateTimeOffset Settles = new(2025, 10, 6, 22, 0, 0, TimeSpan.Zero);

    public static MeldingContext Mandate(MeldingSettings? settings = null) =>
        new(Calendar, settings ?? new MeldingSettings(), new SchoolMeldingPolicy(RequiresApproval: false, SchoolMelder), Amsterdam);

    public static MeldingContext Approval(MeldingSettings? settings = null) =>
        new(Calendar, settings ?? new MeldingSettings(), new SchoolMeldingPolicy(RequiresApproval: true, SchoolMelder), Amsterdam);

    public static MeldingContext WithPolicy(SchoolMeldingPolicy? policy) => new(Calendar, new MeldingSettings(), policy, Amsterdam);

    /// <summary>A 16-uur finding for leerplicht: begindatum 8 September, the 16th hour on <see cref="Trigger"/>.</summary>
    public static Signal Sixteen(string id = "16u-P1-20250908", DateOnly? begin = null, DateOnly? trigger = null, decimal hours = 16, bool vervolg = false, SchoolLocation? school = null)
    {
        var reached = trigger ?? Trigger;
        return new Signal
        {
            SignalId = id,
            Kind = SignalKind.Melding16Uur,
            Rule = "melding-16-uur",
            Recipient = SignalRecipient.Leerplicht,
            Pupil = "P1",
            School = school ?? School,
            Regime = Regime.Leerplicht,
            Begindatum = begin ?? new DateOnly(2025, 9, 8),
            Einddatum = reached,
            TriggeredOn = reached,
            DueDate = Calendar.AddWorkingDays(reached, 5),
            VerzuimUren = hours,
            VerzuimMinuten = (int)(hours * 50),
            VerzuimDagen = 4,
            IsVervolgmelding = vervolg,
            SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuim16UurIn4Lesweken,
            Woongemeente = "GM0344",
            BasedOnRecordIds = [.. Enumerable.Range(1, (int)hours).Select(i => $"P1-r{i:D2}")],
        };
    }

    /// <summary>A langdurig relatief verzuim finding (no einddatum while the pupil stays away).</summary>
    public static Signal Lrv(DateOnly? einddatum = null) => Sixteen("lrv-P1-20250901", begin: new DateOnly(2025, 9, 1)) with
    {
        Kind = SignalKind.LangdurigRelatiefVerzuim,
        Rule = "langdurig-relatief-verzuim",
        Einddatum = einddatum,
        SoortVerzuim = VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger,
    };

    /// <summary>A finding for the school only (MAZL): never a melding.</summary>
    public static Signal SchoolOnly() => Sixteen("mazl-P1-20250908") with
    {
        Kind = SignalKind.MazlCriterium,
        Rule = "mazl",
        Recipient = SignalRecipient.School,
        SoortVerzuim = null,
        DueDate = null,
    };

    /// <summary>Raises <paramref name="finding"/> at <see cref="Raised"/> and reconciles again at <paramref name="at"/>.</summary>
    public static (MeldingBook Book, MeldingOutcome Outcome) RaisedThenAt(Signal finding, MeldingContext context, DateTimeOffset at)
    {
        var book = new MeldingBook();
        MeldingDesk.Reconcile(book, [finding], context, Raised);
        return (book, MeldingDesk.Reconcile(book, [finding], context, at));
    }

    /// <summary>A book with <paramref name="finding"/> made on the mandate at <see cref="Settles"/>.</summary>
    public static MeldingBook Made(Signal finding)
    {
        var (book, outcome) = RaisedThenAt(finding, Mandate(), Settles);
        Assert.Single(outcome.Effects.OfType<MeldingMade>());
        return book;
    }

    public static IEnumerable<MeldingEffect> PartnerEffects(MeldingOutcome outcome) =>
        outcome.Effects.Where(e => e is MeldingMade or EinddatumSet or MeldingWithdrawn);
}
