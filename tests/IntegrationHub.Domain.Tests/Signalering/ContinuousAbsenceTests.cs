using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class ContinuousAbsenceTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    /// <summary>Absent all day (7 lessons) on every school day from Monday 1 September 2025 for six weeks.</summary>
    private static Scenario SixWeeksAbsent()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"));
        for (var date = D("2025-09-01"); date <= D("2025-10-10"); date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 7);
            }
        }

        return scenario;
    }

    [Fact]
    public void Should_space_meldingen_at_least_7_days_apart_when_absence_is_continuous()
    {
        var meldingen = SixWeeksAbsent().Signals(Context).Where(s => s.Kind == SignalKind.Melding16Uur).OrderBy(s => s.Einddatum).ToList();
        Assert.Equal(
            [D("2025-09-03"), D("2025-09-10"), D("2025-09-17"), D("2025-09-24"), D("2025-10-01"), D("2025-10-08")],
            meldingen.Select(m => m.Einddatum!.Value));
        Assert.False(meldingen[0].IsVervolgmelding);
        Assert.All(meldingen.Skip(1), m => Assert.True(m.IsVervolgmelding));
    }

    [Fact]
    public void Should_raise_langdurig_relatief_verzuim_when_absent_for_more_than_4_weeks()
    {
        var lrv = Assert.Single(SixWeeksAbsent().Signals(Context), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
        Assert.Equal(D("2025-09-01"), lrv.Begindatum);
        Assert.Null(lrv.Einddatum);
        Assert.Equal(21, lrv.VerzuimDagen);
        Assert.Equal(VermoedelijkeSoortVerzuim.OngeoorloofdVerzuimEenMaandOfLanger, lrv.SoortVerzuim);
        Assert.Equal(SignalRecipient.Leerplicht, lrv.Recipient);
    }

    [Fact]
    public void Should_set_the_einddatum_of_lrv_when_the_pupil_is_back()
    {
        var scenario = SixWeeksAbsent().Absent(D("2025-10-13"), status: AbsenceStatus.Present, reason: AbsenceReason.Geen);
        var (state, results) = scenario.Run(Context);
        var lrv = Assert.Single(state.Signals, s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
        Assert.Equal(D("2025-10-10"), lrv.Einddatum);
        Assert.Equal(30, lrv.VerzuimDagen);
        Assert.Contains(results[^1].Updated, s => s.SignalId == lrv.SignalId);
    }

    [Fact]
    public void Should_not_raise_lrv_when_only_a_few_lessons_are_missed_each_day_and_the_others_attended()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"));
        for (var date = D("2025-09-01"); date <= D("2025-10-10"); date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 2);
                scenario.Record(date, 50, AbsenceStatus.Present, AbsenceReason.Geen, RegistrationUnit.Lesson, $"{date:yyyyMMdd}-present");
            }
        }

        Assert.DoesNotContain(scenario.Signals(Context), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
    }

    [Fact]
    public void Should_count_a_short_school_day_as_a_whole_absent_day_when_its_lessons_were_missed()
    {
        // domain.md section 4: a day counts as absent when the pupil missed the lessons scheduled that day, however
        // few (a 3-lesson Wednesday counts as much as a 7-lesson Monday).
        var scenario = new Scenario().Enrolled(D("2012-03-10"));
        for (var date = D("2025-09-01"); date <= D("2025-10-10"); date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: date.DayOfWeek == DayOfWeek.Wednesday ? 3 : 7);
            }
        }

        var lrv = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
        Assert.Equal(D("2025-09-01"), lrv.Begindatum);
        Assert.Null(lrv.Einddatum);
    }

    [Fact]
    public void Should_never_set_an_einddatum_on_lrv_when_the_lessons_of_a_day_arrive_one_at_a_time()
    {
        // domain.md section 4 (a day counts however few lessons): an LRV run must not end after the first lesson of a
        // day and reopen when the next ones arrive.
        var scenario = SixWeeksAbsent();
        var (state, _) = scenario.Run(Context);
        Assert.Single(state.Signals, s => s.Kind == SignalKind.LangdurigRelatiefVerzuim && s.Einddatum is null);
        var monday = new Scenario(idPrefix: "m").Absent(D("2025-10-13"), lessons: 7);
        foreach (var lesson in monday.Events)
        {
            var result = SignaleringEngine.Apply(state, lesson, Context, Now);
            Assert.DoesNotContain(result.Updated.Concat(result.Raised), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim && s.Einddatum is not null);
            Assert.All(result.State.Signals.Where(s => s.Kind == SignalKind.LangdurigRelatiefVerzuim), s => Assert.Null(s.Einddatum));
        }
    }

    [Fact]
    public void Should_not_raise_lrv_when_absence_lasts_exactly_4_weeks()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"));
        for (var date = D("2025-09-01"); date <= D("2025-09-26"); date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 7);
            }
        }

        Assert.DoesNotContain(scenario.Signals(Context), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
    }
}
