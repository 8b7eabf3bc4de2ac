using System.Globalization;
using IntegrationHub.Benchmarks;
using IntegrationHub.Domain.Events;

// Per-event cost of SignaleringEngine.Apply with one week vs one school year of history (regio Midden, vo pupil):
// both states then receive the same next school week of events (15-19 June 2026).
var generator = new HistoryGenerator(seed: 42);
var enrolment = generator.Enrolment("P1");
var year = generator.Days("P1", new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 15));
var week = year.Where(e => e is AttendanceRecorded a && a.Date >= new DateOnly(2026, 6, 8)).ToList();
var measured = generator.Days("P1", new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 22));

var benchmark = new ApplyBenchmark(ApplyBenchmark.DefaultContext);
benchmark.Compare([.. enrolment, .. week], [.. enrolment, .. year], measured, copies: 20, rounds: 5); // warm-up (JIT)
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured: {measured.Count} events (15-19 June 2026); history: week {week.Count} events, year {year.Count} events"));

// Hot: a couple of copies per round, so the pupil's state sits in the CPU cache (one pupil being processed).
Report("hot  (state in CPU cache)", benchmark.Compare([.. enrolment, .. week], [.. enrolment, .. year], measured, copies: 2, rounds: 300));

// Cold: 200 copies per round, so most dictionary look-ups miss the CPU cache (many pupils interleaved).
Report("cold (200 states interleaved)", benchmark.Compare([.. enrolment, .. week], [.. enrolment, .. year], measured, copies: 200, rounds: 15));
return 0;

static void Report(string name, (double Week, double Year) ns) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} week {ns.Week,7:F0} ns/event   year {ns.Year,7:F0} ns/event   ratio {ns.Year / ns.Week:F2}"));
