using System.Text.Json;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>
/// The lateness ladder and folding: the first late arrivals of a school year are kept folded only until the ladder's
/// highest step was reached before the detail boundary. After that the ladder's signals hold the year; what the folded
/// engine answers stays exactly what the engine that keeps everything answers.
/// </summary>
public class LadderFoldingTests
{
    private static readonly SignaleringContext Folded = Contexts.Midden();
    private static readonly SignaleringContext Unfolded = Contexts.Unfolded();

    [Fact]
    public void Should_keep_no_late_arrival_days_for_the_ladder_when_its_highest_step_was_reached_before_the_detail_window()
    {
        var scenario = LateThenPresent(lates: 12);

        var (folded, _) = scenario.Run(Folded);
        var (unfolded, _) = scenario.Run(Unfolded);

        Assert.True(folded.DetailFrom > D("2025-09-30"), $"detail from {folded.DetailFrom}");
        Assert.DoesNotContain(folded.FoldedDays, d => d.LateCount > 0);
        Assert.Equal(["te-laat-trede-3", "te-laat-trede-6", "te-laat-trede-9", "te-laat-trede-12"], Ladder(folded).Select(s => s.Criterion));
        Assert.Equal(Json(unfolded.Signals), Json(folded.Signals));
    }

    [Fact]
    public void Should_change_nothing_on_the_ladder_when_a_late_arrival_comes_after_the_settled_year()
    {
        var scenario = LateThenPresent(lates: 12).Late(D("2025-11-20"));

        var (folded, foldedResults) = scenario.Run(Folded);
        var (unfolded, unfoldedResults) = scenario.Run(Unfolded);

        Assert.False(foldedResults[^1].NeedsHistory);
        Assert.DoesNotContain(foldedResults[^1].Raised.Concat(foldedResults[^1].Updated), s => s.Kind == SignalKind.LadderStap);
        Assert.DoesNotContain(foldedResults[^1].Withdrawn, w => w.Kind == SignalKind.LadderStap);
        Assert.Equal(ResultIds.Of(unfoldedResults[^1]), ResultIds.Of(foldedResults[^1]));
        Assert.Equal(Json(unfolded.Signals), Json(folded.Signals));
    }

    [Fact]
    public void Should_answer_from_history_when_one_of_the_settled_late_arrivals_is_retracted()
    {
        var scenario = LateThenPresent(lates: 12).Late(D("2025-11-20"));
        var (state, _) = scenario.Run(Folded);
        var history = scenario.Events.ToList();
        var retraction = scenario.Retract("20250902-late", D("2025-09-02")).Events[^1];

        Assert.True(SignaleringEngine.Apply(state, retraction, Folded, Now).NeedsHistory);
        var answered = SignaleringEngine.ApplyWithHistory(state, retraction, history, Folded, Now);
        var unfolded = scenario.Run(Unfolded).State;

        // Every step now rests on one later arrival: the 12th is the one of 20 November.
        var top = Assert.Single(answered.Updated, s => s.Criterion == "te-laat-trede-12");
        Assert.Equal(D("2025-11-20"), top.Einddatum);
        Assert.Equal(Json(unfolded.Signals), Json(answered.State.Signals));
    }

    [Fact]
    public void Should_keep_the_first_late_arrivals_folded_while_the_highest_step_is_not_reached()
    {
        var scenario = LateThenPresent(lates: 10);

        var (folded, _) = scenario.Run(Folded);
        Assert.Equal(10, folded.FoldedDays.Count(d => d.LateCount > 0));
        Assert.DoesNotContain(Ladder(folded), s => s.Criterion == "te-laat-trede-12");

        var more = scenario.Late(D("2025-11-19")).Late(D("2025-11-20"));
        var (foldedAfter, foldedResults) = more.Run(Folded);
        var (unfoldedAfter, unfoldedResults) = more.Run(Unfolded);

        var raised = Assert.Single(foldedResults[^1].Raised, s => s.Kind == SignalKind.LadderStap);
        Assert.Equal("te-laat-trede-12", raised.Criterion);
        Assert.Equal(ResultIds.Of(unfoldedResults[^1]), ResultIds.Of(foldedResults[^1]));
        Assert.Equal(Json(unfoldedAfter.Signals), Json(foldedAfter.Signals));
    }

    [Fact]
    public void Should_answer_from_history_when_the_school_gives_its_ladder_another_highest_step_after_folding()
    {
        var longer = Contexts.With(s => s with { Ladder = new LadderSettings(LateSteps: [3, 6, 9, 12, 15]) });
        var scenario = LateThenPresent(lates: 12);
        var (state, _) = scenario.Run(Folded);
        Assert.Equal(12, state.FoldedLadderTop);
        var history = scenario.Events.ToList();
        var late = scenario.Late(D("2025-11-19")).Late(D("2025-11-20")).Late(D("2025-11-21")).Events[^3..];

        Assert.True(SignaleringEngine.Apply(state, late[0], longer, Now).NeedsHistory);
        var answered = SignaleringEngine.ApplyWithHistory(state, late[0], history, longer, Now).State;
        foreach (var next in late[1..])
        {
            var result = SignaleringEngine.Apply(answered, next, longer, Now);
            Assert.False(result.NeedsHistory);
            answered = result.State;
        }

        var (expected, _) = Scenario.Apply(scenario.Events, longer with { DetailDays = null });

        Assert.Equal(15, answered.FoldedLadderTop);
        Assert.Contains(answered.Signals, s => s.Criterion == "te-laat-trede-15");
        Assert.Equal(Json(expected.Signals), Json(answered.Signals));
    }

    /// <summary>Late arrivals on the first school days of September 2025, then present every school day to mid-November.</summary>
    private static Scenario LateThenPresent(int lates)
    {
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        var scenario = new Scenario().Enrolled(D("2010-03-10"));
        var date = D("2025-09-01");
        for (var n = 0; n < lates; date = date.AddDays(1))
        {
            if (calendar.IsSchoolDay(date))
            {
                scenario.Late(date);
                n++;
            }
        }

        for (; date <= D("2025-11-18"); date = date.AddDays(1))
        {
            if (calendar.IsSchoolDay(date))
            {
                scenario.Record(date, 50, Events.AbsenceStatus.Present, Events.AbsenceReason.Geen, Events.RegistrationUnit.Lesson, $"{date:yyyyMMdd}-p");
            }
        }

        return scenario;
    }

    private static List<Signal> Ladder(PupilState state) =>
        [.. state.Signals.Where(s => s.Kind == SignalKind.LadderStap).OrderBy(s => s.Einddatum)];

    private static string Json(IReadOnlyList<Signal> signals) => JsonSerializer.Serialize(signals);
}
