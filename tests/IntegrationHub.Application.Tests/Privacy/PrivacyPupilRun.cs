using System.Collections.Concurrent;
using System.Text.Json;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing.Privacy;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>
/// Runs one generated pupil the way the worker does, in memory: each LVS message through the real contract mapping
/// (and pseudonymiser) into <see cref="PupilEvaluation"/> at its own time, due times settled as the clock passes them,
/// the school's answers fed back in, and every partner-bound message through the outbox's JSON and into the real
/// <see cref="VerzuimmeldingRoutingConsumer"/>. What that consumer delivers is serialized as the outbox writes it and
/// scanned with <see cref="PartnerMessageScan"/>.
/// </summary>
internal sealed class PrivacyPupilRun
{
    private const int MaxSteps = 2_000;
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly ConcurrentDictionary<(SchoolLocation, string?), SignaleringContext> Contexts = new();
    private static readonly InMemoryDirectory Directory = new();

    private readonly PupilScenario _scenario;
    private readonly ContractMapper _mapper;
    private readonly Func<string, SchoolMeldingPolicy> _policyOf;
    private readonly PrivacyRunTotals _totals;
    private readonly PupilRunCounts _counts = new();
    private readonly InMemoryRoutingStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly MeldingBook _book = new();
    private readonly List<PupilEvent> _history = [];
    private readonly VerzuimmeldingRoutingConsumer _routing;
    private PupilState? _state;
    private string? _lvsPupilKey;
    private DateTimeOffset? _due;
    private readonly SchoolLocation _school;

    public PrivacyPupilRun(PupilScenario scenario, ContractMapper mapper, Func<string, SchoolMeldingPolicy> policyOf, PrivacyRunTotals totals)
    {
        _scenario = scenario;
        _mapper = mapper;
        _policyOf = policyOf;
        _totals = totals;
        _school = new SchoolLocation(scenario.School.Brin, "00");
        _routing = new VerzuimmeldingRoutingConsumer(Directory, _store, _clock);
    }

    public void Run()
    {
        var pending = new PriorityQueue<ScenarioMessage, (DateTimeOffset, long)>();
        long sequence = 0;
        foreach (var message in _scenario.Messages)
        {
            pending.Enqueue(message, (message.At, sequence++));
        }

        for (var step = 0; ; step++)
        {
            if (step > MaxSteps)
            {
                throw new InvalidOperationException($"Pupil {_scenario.Index} did not settle within {MaxSteps} steps.");
            }

            var hasNext = pending.TryPeek(out var next, out _);
            if (_due is { } due && (!hasNext || due <= next!.At))
            {
                Advance(due);
                var (_, meldingen) = ContextsFor();
                Store(PupilEvaluation.OnDue(_state, _book, meldingen, _lvsPupilKey, _clock.GetUtcNow()), pending, ref sequence);
                continue;
            }

            if (!hasNext)
            {
                break;
            }

            pending.Dequeue();
            Advance(next!.At);
            Handle(next.Contract, pending, ref sequence);
        }

        ScanDeliveries();
        _totals.Add(_counts);
    }

    private void Handle(object contract, PriorityQueue<ScenarioMessage, (DateTimeOffset, long)> pending, ref long sequence)
    {
        var now = _clock.GetUtcNow();
        switch (_mapper.Map(contract))
        {
            case PupilFact fact:
                _counts.Events++;
                _lvsPupilKey = fact.Identity.LvsPupilKey;
                _store.Nummers[fact.Identity.Pseudonym] = new PupilNummer(fact.Identity.PersoonsgebondenNummer, fact.Identity.NummerSoort);
                var gemeente = fact.Event is Domain.Events.PupilEnrolled enrolled ? enrolled.Woongemeente : CurrentGemeente();
                var (rules, meldingen) = ContextsFor(gemeente);
                var result = PupilEvaluation.OnEvent(_state, _book, fact.Event, rules, meldingen, _lvsPupilKey, now);
                if (result.NeedsHistory)
                {
                    result = PupilEvaluation.OnEvent(_state, _book, fact.Event, rules, meldingen, _lvsPupilKey, now, _history);
                }

                _history.Add(fact.Event);
                Store(result, pending, ref sequence);
                break;
            case MeldingDecisionFact decision:
                _counts.Decisions++;
                var (_, decisionMeldingen) = ContextsFor();
                var melder = SchoolDecisions.MelderOverride(decisionMeldingen.Policy?.Melder, decision.MelderNaam, decision.MelderFunctie, decision.MelderTelefoon,
                    decision.MelderEmail, decision.DoorSchoolOndernomenActie, decision.ActieGemeenteGewenst, decision.ActieGemeenteToelichting);
                Store(PupilEvaluation.OnDecision(_state, _book, decision.MeldingId, SchoolDecisions.Parse(decision.Decision), decision.Reason, melder,
                    decisionMeldingen, _lvsPupilKey, decision.MessageId, now), pending, ref sequence);
                break;
            case MeldingToelichtingFact toelichting:
                _counts.Toelichtingen++;
                _store.Toelichtingen[toelichting.MeldingId] = toelichting.Toelichting;
                break;
        }
    }

    private void Store(PupilEvaluationResult result, PriorityQueue<ScenarioMessage, (DateTimeOffset, long)> pending, ref long sequence)
    {
        _state = result.State;
        _due = result.NextDueAt;
        var now = _clock.GetUtcNow();
        foreach (var message in result.Messages.ToSchool)
        {
            foreach (var answer in _scenario.React(message, now))
            {
                pending.Enqueue(answer, (answer.At, sequence++));
            }
        }

        foreach (var message in result.Messages.PartnerBound)
        {
            // Through the outbox and the broker: the routing consumer gets what the JSON carries, nothing more.
            var type = message.GetType();
            var routed = JsonSerializer.Deserialize(JsonSerializer.Serialize(message, type, HubJson.Options), type, HubJson.Options)!;
            var messageId = Guid.NewGuid();
            switch (routed)
            {
                case VerzuimmeldingReady ready:
                    _counts.MeldingenReady++;
                    _routing.Consume(DirectConsumeContext<VerzuimmeldingReady>.For(ready, messageId)).GetAwaiter().GetResult();
                    break;
                case VerzuimmeldingEinddatumSet einddatum:
                    _counts.Einddatum++;
                    _routing.Consume(DirectConsumeContext<VerzuimmeldingEinddatumSet>.For(einddatum, messageId)).GetAwaiter().GetResult();
                    break;
                case VerzuimmeldingWithdrawn withdrawn:
                    _counts.Withdrawn++;
                    _routing.Consume(DirectConsumeContext<VerzuimmeldingWithdrawn>.For(withdrawn, messageId)).GetAwaiter().GetResult();
                    break;
                case MazlReferralRequested:
                    _counts.ReferralsRequested++; // to JGZ, never to leerplicht, RMC or DUO: not routed by this consumer
                    break;
                default:
                    _totals.Violations.Enqueue($"pupil {_scenario.Index}: unexpected partner-bound {type.Name}");
                    break;
            }
        }
    }

    /// <summary>Everything the routing consumer delivered, serialized as the outbox writes it, then scanned.</summary>
    private void ScanDeliveries()
    {
        _counts.Parked = _store.Parked.Count;
        _counts.NotifyOff = _store.Routes.Values.Count(r => !r.Notify);
        foreach (var delivery in _store.Deliveries)
        {
            var json = JsonSerializer.Serialize(delivery.Message, delivery.MessageType, HubJson.Options);
            if (delivery.Organisation.Kind == PartnerKind.Jgz)
            {
                _totals.Violations.Enqueue($"pupil {_scenario.Index}: a melding went to JGZ {delivery.Organisation.OrganisationId}");
            }

            if (delivery.MessageType == typeof(VerzuimmeldingNotification))
            {
                _counts.Notifications++;
            }
            else if (delivery.MessageType == typeof(VerzuimmeldingNotificationUpdated))
            {
                _counts.Updates++;
            }
            else
            {
                _totals.Violations.Enqueue($"pupil {_scenario.Index}: unexpected partner message {delivery.MessageType.Name}");
            }

            if (PartnerMessageScan.Check(json, _store.Toelichtingen, out var carried) is { } violation)
            {
                _totals.Violations.Enqueue($"pupil {_scenario.Index} -> {delivery.Organisation.OrganisationId}: {violation}");
            }

            _counts.ToelichtingDelivered += carried ? 1 : 0;
            if (delivery.Disclosure.MessageId == delivery.MessageId && delivery.Disclosure.Recipient == delivery.Organisation.OrganisationId)
            {
                _counts.Disclosures++;
            }
            else
            {
                _totals.Violations.Enqueue($"pupil {_scenario.Index}: delivery {delivery.MessageId} has no disclosure entry of its own");
            }

            if (HealthWords.FindIn(string.Join(' ', delivery.Disclosure.DataCategories)) is { } word)
            {
                _totals.Violations.Enqueue($"pupil {_scenario.Index}: disclosure categories name {word}");
            }
        }
    }

    private void Advance(DateTimeOffset to)
    {
        if (to > _clock.GetUtcNow())
        {
            _clock.SetUtcNow(to);
        }
    }

    private string? CurrentGemeente() => _state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente;

    private (SignaleringContext Rules, MeldingContext Meldingen) ContextsFor(string? gemeente = null)
    {
        gemeente ??= CurrentGemeente();
        var rules = Contexts.GetOrAdd((_school, gemeente), key => SignaleringContext.Create(SchoolRegion.Midden, [], [], gemeente: key.Item2, school: key.Item1.ToString()));
        return (rules, new MeldingContext(rules.Calendar, rules.Settings.Meldingen, _policyOf(_school.Brin), Amsterdam));
    }
}
