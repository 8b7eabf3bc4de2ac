using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Replay;

/// <summary>
/// <c>hub replay</c>: runs a feed through the real intake (parse, validate, de-duplicate, pseudonymise), the real rules
/// engine and the real melding decisions (<see cref="PupilEvaluation"/>), with in-memory state: no broker, no database.
/// Each message is handled as if it arrived at its envelope's occurred-at; due checks (settling, digests) run as the
/// clock passes them, and after the feed the clock runs on to <c>--now</c> or until nothing is due any more.
/// </summary>
public sealed class ReplayRunner
{
    /// <summary>A fixed key for offline replays; pseudonyms from it are not the production ones.</summary>
    public const string ReplayPseudonymisationKey = "hub-replay-offline-key-not-for-production-use";

    private static readonly Melder ReplayMelder = new()
    {
        Naam = "Verzuimcoördinator (replay)", Functie = "verzuimcoördinator", Telefoon = "0000000000", Email = "verzuim@school.invalid",
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders gevoerd.", ActieGemeenteGewenst = true,
    };

    /// <summary>Without --now the clock runs this far past the last message: past every settle time and deadline.</summary>
    public const int RunOnDays = 60;

    private readonly ReplayClock _clock = new();
    private readonly List<OutboundLine> _outbound = [];
    private readonly Dictionary<(string Pupil, SchoolLocation School), Slot> _slots = [];
    private readonly Dictionary<SchoolLocation, (DateTimeOffset Due, List<FindingChange> Items)> _digests = [];
    private readonly Dictionary<Guid, (string Pupil, SchoolLocation School)> _meldingen = [];
    private readonly PriorityQueue<DueEntry, (DateTimeOffset Due, int Rank, long Sequence)> _due = new();
    private long _dueSequence;
    private readonly List<SchoolCalendarOverride> _calendars = [];
    private readonly Dictionary<(SchoolLocation, string?), SignaleringContext> _contexts = [];
    private readonly Func<string, SchoolRegion> _regionOf;
    private readonly Func<string, SchoolMeldingPolicy> _policyOf;
    private readonly IReadOnlyList<RuleSettingsLayer> _settings;
    private readonly TimeZoneInfo _timeZone;
    private int _findings;
    private int _findingChanges;

    /// <param name="regionOf">The holiday region of a school (by BRIN) that publishes no calendar in the feed; default midden.</param>
    /// <param name="settings">Rule-settings layers, as the worker reads them from "Signalering:Settings".</param>
    /// <param name="policyOf">A school's melding policy (mandate or approval, melder); default: mandate with a replay melder.</param>
    /// <param name="timeZone">The time zone school days are counted in; default Europe/Amsterdam.</param>
    public ReplayRunner(
        Func<string, SchoolRegion>? regionOf = null,
        IReadOnlyList<RuleSettingsLayer>? settings = null,
        Func<string, SchoolMeldingPolicy>? policyOf = null,
        TimeZoneInfo? timeZone = null)
    {
        _regionOf = regionOf ?? (_ => SchoolRegion.Midden);
        _settings = settings ?? [];
        _policyOf = policyOf ?? (_ => new SchoolMeldingPolicy(false, ReplayMelder));
        _timeZone = timeZone ?? (TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc);
    }

    /// <param name="feed">The feed, in the order it arrives.</param>
    /// <param name="now">Where the clock stops after the feed; null: run on until nothing is due.</param>
    public async Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)> RunAsync(IEnumerable<FeedLine> feed, CancellationToken cancellationToken, DateTimeOffset? now = null)
    {
        await using var services = BuildIntake();
        var intake = services.GetRequiredService<IIntakeService>();
        int lines = 0, accepted = 0, rejected = 0, duplicates = 0;
        foreach (var line in feed)
        {
            lines++;
            if (FeedFile.EnvelopeOf(line) is { } envelope && envelope.OccurredAt > _clock.Now)
            {
                RunDue(envelope.OccurredAt);
                _clock.Now = envelope.OccurredAt;
            }

            var submission = new InboundSubmission(FeedFile.Body(line), line.MessageType, "application/json",
                new SchoolIdentity(FeedFile.SenderBrin(line), "replay"), IntakeChannel.Http);
            var result = await intake.SubmitAsync(submission, cancellationToken);
            duplicates += result.IsDuplicate ? 1 : 0;
            accepted += result is { Outcome: SubmissionOutcome.Accepted, IsDuplicate: false } ? 1 : 0;
            rejected += result is { Outcome: SubmissionOutcome.Rejected, IsDuplicate: false } ? 1 : 0;
        }

        RunDue(now ?? _clock.Now.AddDays(RunOnDays));
        if (now is { } end && end > _clock.Now)
        {
            _clock.Now = end;
        }

        var ordered = _outbound.Select((o, index) => (o, index))
            .OrderBy(o => o.o.Destination, StringComparer.Ordinal)
            .ThenBy(o => o.index)
            .Select(o => o.o)
            .ToList();
        var meldingen = _outbound.Count(o => o.MessageType == nameof(VerzuimmeldingReady));
        var partner = _outbound.Count(o => o.Kind == "melding");
        return (ordered, new ReplaySummary(lines, accepted, rejected, duplicates, _findings, _findingChanges, meldingen, partner, _clock.Now));
    }

    /// <summary>
    /// Handles every due check up to <paramref name="until"/>, earliest first (a digest before a pupil at the same time),
    /// moving the clock to each. Due times are kept in a priority queue; an entry whose time was since replaced is skipped.
    /// </summary>
    private void RunDue(DateTimeOffset until)
    {
        while (_due.TryPeek(out var entry, out var when) && when.Due <= until)
        {
            _due.Dequeue();
            if (entry.Digest is { } school)
            {
                if (_digests.TryGetValue(school, out var digest) && digest.Due == when.Due)
                {
                    Advance(when.Due);
                    SendDigest(school, digest.Items);
                }

                continue;
            }

            var key = entry.Pupil!.Value;
            if (!_slots.TryGetValue(key, out var slot) || slot.Due != when.Due)
            {
                continue;
            }

            Advance(when.Due);
            var rules = ContextFor(key.School, DueGemeente(slot.State));
            var result = PupilEvaluation.OnDue(slot.State, slot.Book, MeldingContextFor(key.School, rules), slot.LvsPupilKey, _clock.Now);
            Store(key.School, slot, result, rules);
        }
    }

    private void Schedule(DueEntry entry, DateTimeOffset due) =>
        _due.Enqueue(entry, (due, entry.Digest is null ? 1 : 0, _dueSequence++));

    private void Advance(DateTimeOffset to)
    {
        if (to > _clock.Now)
        {
            _clock.Now = to;
        }
    }

    private ServiceProvider BuildIntake()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pseudonymisation:Key"] = ReplayPseudonymisationKey })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IIntakeStore>(new InMemoryIntakeStore(
                OnAccepted,
                (school, message) => Emit("school-feedback", Topology.FeedbackAddress(school.Brin).ToString(), message),
                meldingId => _meldingen.TryGetValue(meldingId, out var key) ? key.School : null));
        services.AddIntake(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private void OnAccepted(IntakeFact fact)
    {
        switch (fact)
        {
            case CalendarFact calendar:
                _calendars.RemoveAll(c => c.Brin == calendar.Calendar.Brin && c.Vestiging == calendar.Calendar.Vestiging && c.SchoolYear == calendar.Calendar.SchoolYear);
                _calendars.Add(calendar.Calendar);
                _contexts.Clear();
                break;
            case PupilFact pupil:
                Evaluate(pupil.Event, pupil.Identity.LvsPupilKey);
                break;
            case MeldingDecisionFact decision:
                Decide(decision);
                break;
        }
    }

    private void Evaluate(PupilEvent @event, string lvsPupilKey)
    {
        var key = (@event.Pupil, @event.School);
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = new Slot(@event.Pupil);
            _slots[key] = slot;
        }

        slot.LvsPupilKey = lvsPupilKey;
        var gemeente = @event is Domain.Events.PupilEnrolled enrolled ? enrolled.Woongemeente : DueGemeente(slot.State);
        var rules = ContextFor(@event.School, gemeente);
        var result = PupilEvaluation.OnEvent(slot.State, slot.Book, @event, rules, MeldingContextFor(@event.School, rules), lvsPupilKey, _clock.Now);
        _findings += result.Rules?.Raised.Count ?? 0;
        Store(@event.School, slot, result, rules);
    }

    /// <summary>A school's answer about one of its meldingen (the intake checked that it is the school's own).</summary>
    private void Decide(MeldingDecisionFact decision)
    {
        var key = _meldingen[decision.MeldingId];
        var slot = _slots[key];
        var rules = ContextFor(key.School, DueGemeente(slot.State));
        var meldingen = MeldingContextFor(key.School, rules);
        var melder = SchoolDecisions.MelderOverride(meldingen.Policy?.Melder, decision.MelderNaam, decision.MelderFunctie, decision.MelderTelefoon,
            decision.MelderEmail, decision.DoorSchoolOndernomenActie, decision.ActieGemeenteGewenst, decision.ActieGemeenteToelichting);
        var result = PupilEvaluation.OnDecision(slot.State, slot.Book, decision.MeldingId, SchoolDecisions.Parse(decision.Decision),
            decision.Reason, melder, meldingen, slot.LvsPupilKey, decision.MessageId, _clock.Now);
        Store(key.School, slot, result, rules);
    }

    private void Store(SchoolLocation school, Slot slot, PupilEvaluationResult result, SignaleringContext rules)
    {
        foreach (var melding in result.Meldingen.Changed)
        {
            _meldingen[melding.MeldingId] = (slot.Pupil, school);
        }

        slot.State = result.State;
        if (result.NextDueAt != slot.Due && result.NextDueAt is { } next)
        {
            Schedule(new DueEntry((slot.Pupil, school), null), next);
        }

        slot.Due = result.NextDueAt;
        var feedback = Topology.FeedbackAddress(school.Brin).ToString();
        foreach (var message in result.Messages.ToSchool)
        {
            Emit(message is FindingRaised ? "finding" : "school-feedback", feedback, message);
        }

        foreach (var message in result.Messages.PartnerBound)
        {
            Emit("melding", "publish", message);
            if (message is VerzuimmeldingReady ready && result.Messages.SentNotices.TryGetValue(ready.MeldingId, out var notice))
            {
                Emit("school-feedback", feedback, notice with { SentAt = _clock.Now }); // the broker confirms at once here
            }
        }

        if (result.Messages.Digest.Count > 0)
        {
            var due = MeldingSettlement.DigestAt(_clock.Now, MeldingContextFor(school, rules));
            if (!_digests.TryGetValue(school, out var pending))
            {
                pending = (due, []);
            }

            foreach (var item in result.Messages.Digest)
            {
                pending.Items.RemoveAll(i => i.FindingId == item.FindingId && i.LvsPupilKey == item.LvsPupilKey);
                pending.Items.Add(item);
            }

            var digestDue = pending.Due < due ? pending.Due : due;
            if (!_digests.ContainsKey(school) || digestDue != pending.Due)
            {
                Schedule(new DueEntry(null, school), digestDue);
            }

            _digests[school] = (digestDue, pending.Items);
        }
    }

    private void SendDigest(SchoolLocation school, List<FindingChange> items)
    {
        _digests.Remove(school);
        _findingChanges += items.Count;
        Emit("finding", Topology.FeedbackAddress(school.Brin).ToString(), new FindingsDigest
        {
            DigestId = DigestIds.For(school, _clock.Now),
            School = new SchoolRef { Brin = school.Brin, Vestiging = school.Vestiging },
            Date = DateOnly.FromDateTime(items.Min(i => i.ChangedAt).UtcDateTime),
            Findings = [.. items.OrderBy(i => i.ChangedAt).ThenBy(i => i.FindingId, StringComparer.Ordinal)],
            SentAt = _clock.Now,
        });
    }

    private static string? DueGemeente(PupilState? state) => state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente;

    private MeldingContext MeldingContextFor(SchoolLocation school, SignaleringContext rules) =>
        new(rules.Calendar, rules.Settings.Meldingen, _policyOf(school.Brin), _timeZone);

    private SignaleringContext ContextFor(SchoolLocation school, string? gemeente)
    {
        if (!_contexts.TryGetValue((school, gemeente), out var context))
        {
            var calendars = _calendars.Where(c => c.Brin == school.Brin && c.Vestiging == school.Vestiging).ToList();
            context = SignaleringContext.Create(_regionOf(school.Brin), calendars, _settings, gemeente: gemeente, school: school.ToString());
            _contexts[(school, gemeente)] = context;
        }

        return context;
    }

    private void Emit(string kind, string destination, object message) =>
        _outbound.Add(new OutboundLine(kind, destination, message.GetType().Name, JsonSerializer.SerializeToElement(message, message.GetType(), ContractJson.Options), _clock.Now));

    /// <summary>A pupil at a school, or a school location's digest, due at some time.</summary>
    private sealed record DueEntry((string Pupil, SchoolLocation School)? Pupil, SchoolLocation? Digest);

    private sealed class Slot(string pupil)
    {
        public string Pupil { get; } = pupil;

        public PupilState? State { get; set; }

        public MeldingBook Book { get; } = new();

        public string? LvsPupilKey { get; set; }

        public DateTimeOffset? Due { get; set; }
    }
}
