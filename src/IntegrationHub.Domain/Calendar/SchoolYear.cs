namespace IntegrationHub.Domain.Calendar;

/// <summary>The Dutch school year runs from 1 August up to and including 31 July (Leerplichtwet art. 1).</summary>
public static class SchoolYear
{
    /// <summary>The calendar year in which the school year containing <paramref name="date"/> starts.</summary>
    public static int StartYearOf(DateOnly date) => date.Month >= 8 ? date.Year : date.Year - 1;

    /// <summary>The label, e.g. "2026-2027".</summary>
    public static string LabelOf(DateOnly date)
    {
        var start = StartYearOf(date);
        return FormattableString.Invariant($"{start}-{start + 1}");
    }

    public static DateOnly FirstDay(int startYear) => new(startYear, 8, 1);

    public static DateOnly LastDay(int startYear) => new(startYear + 1, 7, 31);

    /// <summary>Parses "2026-2027" into its start year.</summary>
    public static int ParseStartYear(string label) =>
        int.Parse(label.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
}
