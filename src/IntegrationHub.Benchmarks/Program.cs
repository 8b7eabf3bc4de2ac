using System.Globalization;
using IntegrationHub.Benchmarks;

// Per-event cost of SignaleringEngine.Apply with one week vs one school year of history (regio Midden, vo pupil).
var generator = new HistoryGenerator(seed: 42);
var enrolment = generator.Enrolment("P1");
var year = generator.Days("P1", new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 15));
var week = year.Where(e => e is IntegrationHub.Domain.Events.AttendanceRecorded a && a.Date >= new DateOnly(2026, 6, 8)).ToList();
var measured = generator.Days("P1", new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 22));
var benchmark = new ApplyBenchmark(ApplyBenchmark.DefaultContext);

var weekNs = benchmark.NanosecondsPerEvent([.. enrolment, .. week], measured, copies: 200, rounds: 15);
var yearNs = benchmark.NanosecondsPerEvent([.. enrolment, .. year], measured, copies: 200, rounds: 15);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events per measurement: {measured.Count}; history: week {week.Count} events, year {year.Count} events"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one week of history : {weekNs,10:F0} ns/event"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one year of history : {yearNs,10:F0} ns/event"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio year/week     : {yearNs / weekNs,10:F2}"));
return 0;
