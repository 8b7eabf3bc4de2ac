namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The documented daily mix of the benchmark feed, per pupil per school day. A po pupil gets two dagdeel marks
/// (08:30 180 min, 12:45 150 min), a vo pupil six lesson marks of 50 minutes. Each pupil-day is one of these
/// (drawn once, exclusive; the rest, about 85%, are present at every mark):
/// </summary>
public static class BenchDailyMix
{
    /// <summary>Sick: a <c>SickReported</c> in the morning, every mark absent-authorised (ziekte), a <c>RecoveryReported</c> the same day.</summary>
    public const double Sick = 0.04;

    /// <summary>On leave: a <c>LeaveGranted</c> for the day, every mark absent-authorised (verlof).</summary>
    public const double Leave = 0.01;

    /// <summary>Unauthorised absence (spijbelen or onbekend) for one mark (po) or one to three lessons (vo).</summary>
    public const double Absent = 0.05;

    /// <summary>Late (te-laat) for the first mark of the day.</summary>
    public const double Late = 0.05;

    /// <summary>Of the days with an unauthorised absence: the school corrects its first absent mark to overmacht the same day.</summary>
    public const double CorrectedAbsence = 0.20;

    /// <summary>Marks per day by school type.</summary>
    public const int PoMarks = 2;

    /// <summary>Lesson marks per vo day.</summary>
    public const int VoMarks = 6;
}
