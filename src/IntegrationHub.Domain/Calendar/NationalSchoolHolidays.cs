namespace IntegrationHub.Domain.Calendar;

/// <summary>
/// The official schoolvakanties per region as published by the Rijksoverheid
/// (rijksoverheid.nl, onderwerp "Schoolvakanties", overzicht per schooljaar), for 2025-2026, 2026-2027 and 2027-2028.
/// Periods run Saturday to Sunday, both ends inclusive. Public holidays are not listed here: see
/// <see cref="PublicHolidays"/>. A school that deviates supplies a <see cref="SchoolCalendarOverride"/>.
/// </summary>
/// <remarks>
/// Source: Rijksoverheid, "Schoolvakanties 2025-2026" and "Schoolvakanties 2026-2027"
/// (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties). Checked against secondary publications that
/// cite it (2025-2026 herfst, kerst, voorjaar, zomer; 2026-2027 herfst). Entries commented "unverified" could
/// only be checked against published school rosters, not against rijksoverheid.nl itself. The meivakantie is the
/// national week; schools may add a second week themselves (that is an override).
/// 2027-2028: as listed in /work/shared/domain.md section 10 (reference data), which cites rijksoverheid
/// "Schoolvakanties 2027-2028"; not re-checked against rijksoverheid.nl itself from here.
/// A school year missing from this table has no national calendar: <see cref="SchoolCalendar.HasCalendarFor"/> is
/// false for it unless the school supplies its own holidays, and no day of it is a school day.
/// </remarks>
public static class NationalSchoolHolidays
{
    /// <summary>The school years this table covers, e.g. "2025-2026".</summary>
    public static IReadOnlyList<string> SchoolYears { get; } = ["2025-2026", "2026-2027", "2027-2028"];

    /// <summary>The holidays of one region in one school year; empty when the table has no data for it.</summary>
    public static IReadOnlyList<Holiday> For(SchoolRegion region, string schoolYear) =>
        schoolYear switch
        {
            "2025-2026" => Year2025(region),
            "2026-2027" => Year2026(region),
            "2027-2028" => Year2027(region),
            _ => [],
        };

    private static List<Holiday> Year2025(SchoolRegion region) =>
    [
        region == SchoolRegion.Zuid
            ? new("Herfstvakantie", D(2025, 10, 11), D(2025, 10, 19))
            : new("Herfstvakantie", D(2025, 10, 18), D(2025, 10, 26)),
        new("Kerstvakantie", D(2025, 12, 20), D(2026, 1, 4)),
        region == SchoolRegion.Noord
            ? new("Voorjaarsvakantie", D(2026, 2, 21), D(2026, 3, 1))
            : new("Voorjaarsvakantie", D(2026, 2, 14), D(2026, 2, 22)),
        // Meivakantie: national week 25 April - 3 May 2026 (only confirmed indirectly by school rosters).
        new("Meivakantie", D(2026, 4, 25), D(2026, 5, 3)),
        region switch
        {
            SchoolRegion.Noord => new("Zomervakantie", D(2026, 7, 4), D(2026, 8, 16)),
            SchoolRegion.Midden => new("Zomervakantie", D(2026, 7, 18), D(2026, 8, 30)),
            _ => new("Zomervakantie", D(2026, 7, 11), D(2026, 8, 23)),
        },
    ];

    private static List<Holiday> Year2026(SchoolRegion region) =>
    [
        region == SchoolRegion.Noord
            ? new("Herfstvakantie", D(2026, 10, 10), D(2026, 10, 18))
            : new("Herfstvakantie", D(2026, 10, 17), D(2026, 10, 25)),
        new("Kerstvakantie", D(2026, 12, 19), D(2027, 1, 3)),
        // Voorjaarsvakantie 2027: derived from school rosters per region (Zuid around carnaval), unverified.
        region == SchoolRegion.Zuid
            ? new("Voorjaarsvakantie", D(2027, 2, 6), D(2027, 2, 14))
            : new("Voorjaarsvakantie", D(2027, 2, 20), D(2027, 2, 28)),
        // Meivakantie 2027: national week 24 April - 2 May 2027, unverified.
        new("Meivakantie", D(2027, 4, 24), D(2027, 5, 2)),
        // Zomervakantie 2027: derived from school rosters, unverified against rijksoverheid.nl.
        region switch
        {
            SchoolRegion.Noord => new("Zomervakantie", D(2027, 7, 10), D(2027, 8, 22)),
            SchoolRegion.Midden => new("Zomervakantie", D(2027, 7, 17), D(2027, 8, 29)),
            _ => new("Zomervakantie", D(2027, 7, 17), D(2027, 8, 29)),
        },
    ];

    // Source: domain.md section 10 (rijksoverheid, schoolvakanties 2027-2028).
    private static List<Holiday> Year2027(SchoolRegion region) =>
    [
        region == SchoolRegion.Zuid
            ? new("Herfstvakantie", D(2027, 10, 23), D(2027, 10, 31))
            : new("Herfstvakantie", D(2027, 10, 16), D(2027, 10, 24)),
        new("Kerstvakantie", D(2027, 12, 25), D(2028, 1, 9)),
        region == SchoolRegion.Noord
            ? new("Voorjaarsvakantie", D(2028, 2, 19), D(2028, 2, 27))
            : new("Voorjaarsvakantie", D(2028, 2, 26), D(2028, 3, 5)),
        new("Meivakantie", D(2028, 4, 29), D(2028, 5, 7)),
        region switch
        {
            SchoolRegion.Noord => new("Zomervakantie", D(2028, 7, 15), D(2028, 8, 27)),
            SchoolRegion.Midden => new("Zomervakantie", D(2028, 7, 8), D(2028, 8, 20)),
            _ => new("Zomervakantie", D(2028, 7, 22), D(2028, 9, 3)),
        },
    ];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
