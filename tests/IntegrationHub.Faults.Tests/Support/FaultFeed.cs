using System.Text.Json;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Routing;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// The fault tests' feed: the seeded benchmark feed of <c>hub bench</c> (<see cref="BenchFeedGenerator"/>: po and vo
/// schools, sick reports, leave, absence, corrections), with truant pupils mixed in so meldingen, partner notifications,
/// DUO registrations and disclosures happen during every fault: each truant pupil (enrolled in GM0014, routed to
/// lp-groningen) misses four lessons on four September Tuesdays (16 hours), a melding that settles at once because its
/// deadline lies in the past. Split into segments, one per fault; the truants spread over the segments.
/// </summary>
public sealed record FaultFeed(IReadOnlyList<BenchSchool> Schools, IReadOnlyList<IReadOnlyList<BenchMessage>> Segments, int Truants, IReadOnlyList<string> Bsns, IReadOnlyList<string> PupilKeys)
{
    public IEnumerable<BenchMessage> All => Segments.SelectMany(s => s);

    /// <summary>Truant pupils in the first <paramref name="segments"/> segments.</summary>
    public int TruantsIn(int segments) => Enumerable.Range(0, Truants).Count(t => t % Segments.Count < segments);

    public static FaultFeed Create(BenchFeedSettings settings, int truants, int segments)
    {
        var schools = BenchFeedGenerator.Schools(settings);
        var bench = BenchFeedGenerator.Stream(settings).ToList();
        var vo = schools.Where(s => s.Type == SchoolType.Vo).ToList();
        var truantMessages = Enumerable.Range(0, segments).Select(_ => new List<BenchMessage>()).ToList();
        var keys = new List<string>();
        var bsns = new List<string>();
        for (var t = 0; t < truants; t++)
        {
            var brin = vo[t % vo.Count].Brin;
            var pupil = MeldingFacts.Pupil(t + 1);
            keys.Add(pupil.LvsPupilKey!);
            bsns.Add(pupil.PersoonsgebondenNummer);
            var into = truantMessages[t % segments];
            into.Add(Message(brin, RoutingFacts.Enrolment(brin, pupil, "GM0014")));
            foreach (var lesson in RoutingFacts.MissedLessons(brin, pupil))
            {
                into.Add(Message(brin, lesson with { RegistrationId = $"truant-{t + 1}-{lesson.RegistrationId}" }));
            }
        }

        var size = (bench.Count + segments - 1) / segments;
        var split = Enumerable.Range(0, segments)
            .Select(i => (IReadOnlyList<BenchMessage>)Interleave(bench.Skip(i * size).Take(size).ToList(), truantMessages[i]))
            .ToList();
        bsns.AddRange(bench.Where(m => m.MessageType == nameof(PupilEnrolled)).Select(Nummer));
        return new FaultFeed(schools, split, truants, bsns, keys);
    }

    /// <summary><paramref name="extra"/> spread evenly over <paramref name="main"/>, each list keeping its own order.</summary>
    private static List<BenchMessage> Interleave(List<BenchMessage> main, List<BenchMessage> extra)
    {
        var merged = new List<BenchMessage>(main.Count + extra.Count);
        var every = Math.Max(1, main.Count / (extra.Count + 1));
        var next = 0;
        for (var i = 0; i < main.Count; i++)
        {
            merged.Add(main[i]);
            if ((i + 1) % every == 0 && next < extra.Count)
            {
                merged.Add(extra[next++]);
            }
        }

        merged.AddRange(extra.Skip(next));
        return merged;
    }

    private static BenchMessage Message<T>(string brin, T message)
        where T : notnull
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options);
        using var document = JsonDocument.Parse(body);
        var id = document.RootElement.GetProperty("envelope").GetProperty("messageId").GetGuid();
        return new BenchMessage(brin, typeof(T).Name, id, body);
    }

    private static string Nummer(BenchMessage message)
    {
        using var document = JsonDocument.Parse(message.Body);
        return document.RootElement.GetProperty("pupil").GetProperty("persoonsgebondenNummer").GetString()!;
    }
}
