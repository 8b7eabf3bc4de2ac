using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Cli.Tests.Properties;

/// <summary>
/// Ways a feed may arrive at the hub without moving a fact across a settle time: per school day (the day's messages in
/// any order, all at the day's end, days in order, re-exports of earlier lessons later on) or in one burst (every
/// message at the same instant, in any order).
/// </summary>
internal static class FeedArrivals
{
    /// <summary>The clock of a day's messages: 20:00 UTC, after every lesson and before local midnight.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero);

    /// <summary>
    /// The feed grouped by the day its envelope says, days in calendar order, each day's messages in the feed's own order
    /// and at that day's end (a line without an envelope stays with the line before it). The sample feed is written pupil
    /// by pupil, so its own order is not the order in which the facts happened.
    /// </summary>
    public static List<List<FeedLine>> ByDay(IReadOnlyList<FeedLine> feed)
    {
        var days = new SortedDictionary<DateOnly, List<FeedLine>>();
        var day = DateOnly.MinValue;
        foreach (var line in feed)
        {
            day = FeedFile.EnvelopeOf(line) is { } envelope ? DateOnly.FromDateTime(envelope.OccurredAt.UtcDateTime) : day;
            if (!days.TryGetValue(day, out var lines))
            {
                lines = [];
                days[day] = lines;
            }

            lines.Add(At(line, EndOf(day)));
        }

        return [.. days.Values];
    }

    /// <summary>
    /// The days in order, each day's messages shuffled; then <paramref name="reExports"/> re-exports (the same registration
    /// and content, a new message id) of lessons never corrected, each put somewhere after the original, at the clock of the
    /// day it lands in.
    /// </summary>
    public static List<FeedLine> ShuffledWithinDays(List<List<FeedLine>> days, Random random, int reExports)
    {
        var placed = days.SelectMany((lines, day) => lines.OrderBy(_ => random.Next()).Select(line => (Day: day, Line: line))).ToList();
        var corrected = placed.Where(p => p.Line.MessageType is "AttendanceCorrected" or "AttendanceRetracted")
            .Select(p => RegistrationId(p.Line)).ToHashSet(StringComparer.Ordinal);
        var candidates = placed.Select(p => p.Line)
            .Where(line => line is { MessageType: "AttendanceRegistered", Raw: null, Sender: null } && !corrected.Contains(RegistrationId(line)))
            .ToList();
        for (var i = 0; i < reExports && candidates.Count > 0; i++)
        {
            var line = candidates[random.Next(candidates.Count)];
            var current = placed.FindIndex(p => ReferenceEquals(p.Line, line));
            var at = random.Next(current + 1, placed.Count + 1);
            var day = placed[at - 1].Day;
            var clock = EnvelopeTime(placed[at - 1].Line) ?? EnvelopeTime(line)!.Value;
            placed.Insert(at, (day, At(line, clock, NewId(random))));
        }

        return [.. placed.Select(p => p.Line)];
    }

    /// <summary>Every message at <paramref name="at"/>, in the given order (the feed arrives in one burst).</summary>
    public static List<FeedLine> Burst(IEnumerable<FeedLine> feed, DateTimeOffset at) => [.. feed.Select(line => At(line, at))];

    public static FeedLine At(FeedLine line, DateTimeOffset at, Guid? messageId = null)
    {
        if (line.Message is not { } message || !message.TryGetProperty("envelope", out _))
        {
            return line;
        }

        var node = JsonNode.Parse(message.GetRawText())!;
        var envelope = node["envelope"]!;
        envelope["occurredAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        if (messageId is { } id)
        {
            envelope["messageId"] = id.ToString();
        }

        return line with { Message = JsonSerializer.SerializeToElement(node, ContractJson.Options) };
    }

    private static DateTimeOffset? EnvelopeTime(FeedLine line) => FeedFile.EnvelopeOf(line)?.OccurredAt;

    private static string RegistrationId(FeedLine line) =>
        line.Message?.TryGetProperty("registrationId", out var id) == true ? id.GetString() ?? "" : "";

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
