using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Replay;

/// <summary>
/// <c>hub replay</c>: runs a feed through the real intake (parse, validate, de-duplicate, pseudonymise) and the
/// real rules engine with in-memory state: no broker, no database. Each message is handled as if it arrived at
/// its envelope's occurred-at. Returns every message the hub would send, grouped by destination, in order.
/// </summary>
public sealed class ReplayRunner
{
    /// <summary>A fixed key for offline replays; pseudonyms from it are not the production ones.</summary>
    public const string ReplayPseudonymisationKey = "hub-replay-offline-key-not-for-production-use";

    private readonly ReplayClock _clock = new();
    private readonly List<(string Destination, OutboundLine Line)> _outbound = [];
    private readonly Dictionary<string, PupilState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pupil, SchoolLocation School), string> _pupilKeys = [];
    private readonly List<SchoolCalendarOverride> _calendars = [];
    private readonly Dictionary<(SchoolLocation, string?), SignaleringContext> _contexts = [];
    private readonly Func<string, SchoolRegion> _regionOf;
    private int _raised;
    private int _withdrawn;

    /// <param name="regionOf">The holiday region of a school (by BRIN) that publishes no calendar in the feed;
    /// default midden for every school.</param>
    public ReplayRunner(Func<string, SchoolRegion>? regionOf = null) => _regionOf = regionOf ?? (_ => SchoolRegion.Midden);

    public async Task<(IReadOnlyList<OutboundLine> Lines, ReplaySummary Summary)> RunAsync(IEnumerable<FeedLine> feed, CancellationToken cancellationToken)
    {
        await using var services = BuildIntake();
        var intake = services.GetRequiredService<IIntakeService>();
        int lines = 0, accepted = 0, rejected = 0, duplicates = 0;
        foreach (var line in feed)
        {
            lines++;
            if (FeedFile.EnvelopeOf(line) is { } envelope)
            {
                _clock.Now = envelope.OccurredAt;
            }

            var submission = new InboundSubmission(FeedFile.Body(line), line.MessageType, "application/json",
                new SchoolIdentity(FeedFile.SenderBrin(line), "replay"), IntakeChannel.Http);
            var result = await intake.SubmitAsync(submission, cancellationToken);
            duplicates += result.IsDuplicate ? 1 : 0;
            accepted += result is { Outcome: SubmissionOutcome.Accepted, IsDuplicate: false } ? 1 : 0;
            rejected += result is { Outcome: SubmissionOutcome.Rejected, IsDuplicate: false } ? 1 : 0;
        }

        var ordered = _outbound.Select((o, index) => (o.Destination, o.Line, index))
            .OrderBy(o => o.Destination, StringComparer.Ordinal)
            .ThenBy(o => o.index)
            .Select(o => o.Line)
            .ToList();
        return (ordered, new ReplaySummary(lines, accepted, rejected, duplicates, _raised, _withdrawn));
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
            .AddSingleton<IIntakeStore>(new InMemoryIntakeStore(OnAccepted, (school, message) => Emit(Topology.FeedbackAddress(school.Brin).ToString(), message)));
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
                _pupilKeys[(pupil.Event.Pupil, pupil.Event.School)] = pupil.Identity.LvsPupilKey;
                Evaluate(pupil.Event);
                break;
        }
    }

    private void Evaluate(PupilEvent @event)
    {
        _states.TryGetValue(@event.Pupil, out var state);
        var gemeente = @event is IntegrationHub.Domain.Events.PupilEnrolled enrolled ? enrolled.Woongemeente : state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente;
        var result = SignaleringEngine.Apply(state, @event, ContextFor(@event.School, gemeente), _clock.Now);
        _states[@event.Pupil] = result.State;
        var messages = SignalMessageFactory.From(result, @event.School, _pupilKeys.GetValueOrDefault((@event.Pupil, @event.School)), _clock.Now);
        _raised += result.Raised.Count;
        _withdrawn += result.Withdrawn.Count;
        messages.Raised.ToList().ForEach(m => Emit("publish", m));
        messages.Withdrawn.ToList().ForEach(m => Emit("publish", m));
        messages.SchoolRaised.ToList().ForEach(m => Emit(Topology.FeedbackAddress(m.School.Brin).ToString(), m));
        messages.SchoolWithdrawn.ToList().ForEach(m => Emit(Topology.FeedbackAddress(m.School.Brin).ToString(), m));
    }

    private SignaleringContext ContextFor(SchoolLocation school, string? gemeente)
    {
        if (!_contexts.TryGetValue((school, gemeente), out var context))
        {
            var calendars = _calendars.Where(c => c.Brin == school.Brin && c.Vestiging == school.Vestiging).ToList();
            context = SignaleringContext.Create(_regionOf(school.Brin), calendars, gemeente: gemeente, school: school.ToString());
            _contexts[(school, gemeente)] = context;
        }

        return context;
    }

    private void Emit(string destination, object message) =>
        _outbound.Add((destination, new OutboundLine(destination, message.GetType().Name, JsonSerializer.SerializeToElement(message, message.GetType(), ContractJson.Options))));
}
