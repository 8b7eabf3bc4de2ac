namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>A run of consecutive matching school days (non-school days skipped).</summary>
internal sealed class AbsenceRun(DayTotals first)
{
    public DayTotals First { get; } = first;

    public DayTotals Last { get; set; } = first;

    public int SchoolDays { get; set; }

    public List<DayTotals> Days { get; } = [];

    public DayTotals? Trigger { get; set; }

    public int DaysAtTrigger { get; set; }
}
