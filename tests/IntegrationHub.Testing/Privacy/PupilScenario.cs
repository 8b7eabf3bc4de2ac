using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Testing.Privacy;

/// <summary>
/// One generated pupil: the messages its school sends on its own, and how the school answers what the hub asks
/// (<see cref="React"/>). Every field a school can fill holds health words, except the melder (the school's
/// configuration) and the toelichting a person at the school confirmed for a melding, which the law lets through and
/// <see cref="ConfirmedToelichtingen"/> remembers. Deterministic: the same seed and index give the same pupil.
/// </summary>
public sealed class PupilScenario
{
    private readonly Random _random;
    private readonly HashSet<Guid> _answered = [];
    private readonly HashSet<string> _conversations = [];
    private readonly Dictionary<Guid, string> _toelichtingen = [];
    private readonly bool _answersApproval;

    internal PupilScenario(int index, Random random, ScenarioSchool school, PupilRef pupil, string woongemeente, IReadOnlyList<ScenarioMessage> messages)
    {
        Index = index;
        _random = random;
        School = school;
        Pupil = pupil;
        Woongemeente = woongemeente;
        Messages = messages;
        _answersApproval = random.NextDouble() < 0.9;
    }

    public int Index { get; }

    public ScenarioSchool School { get; }

    public PupilRef Pupil { get; }

    /// <summary>The woongemeente at enrolment (a later move may change it).</summary>
    public string Woongemeente { get; }

    /// <summary>What the school sends on its own, in time order.</summary>
    public IReadOnlyList<ScenarioMessage> Messages { get; }

    /// <summary>The toelichting the school confirmed per melding: these, and only these, may reach the partner as free text.</summary>
    public IReadOnlyDictionary<Guid, string> ConfirmedToelichtingen => _toelichtingen;

    /// <summary>The school's answers to one message the hub sent it at <paramref name="at"/>: decisions, toelichting, MAZL conversations.</summary>
    public IReadOnlyList<ScenarioMessage> React(object fromHub, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fromHub);
        var answers = new List<ScenarioMessage>();
        switch (fromHub)
        {
            case VerzuimmeldingApprovalRequested asked when _answersApproval && _answered.Add(asked.Melding.MeldingId):
                if (_random.NextDouble() < 0.4)
                {
                    var text = $"Toelichting {Guid.NewGuid():N}: leerling heeft {Word()} en gebruikt {Word()}.";
                    _toelichtingen[asked.Melding.MeldingId] = text;
                    answers.Add(new ScenarioMessage(at.AddMinutes(30), new VerzuimmeldingToelichtingConfirmed
                    {
                        Envelope = Envelope(at.AddMinutes(30)),
                        MeldingId = asked.Melding.MeldingId,
                        Toelichting = text,
                        ConfirmedBy = $"mentor ({Word()})",
                    }));
                }

                var approve = _random.NextDouble() < 0.7;
                answers.Add(Decision(asked.Melding.MeldingId, approve ? MeldingDecision.Akkoord : MeldingDecision.Intrekken, at.AddHours(1)));
                break;
            case VerzuimmeldingDecisionRequired required when _answered.Add(required.Melding.MeldingId) && _random.NextDouble() < 0.9:
                var withdraw = _random.NextDouble() < 0.6;
                answers.Add(Decision(required.Melding.MeldingId, withdraw ? MeldingDecision.Intrekken : MeldingDecision.Handhaven, at.AddHours(2)));
                break;
            case FindingRaised { Kind: "mazl-criterium" } finding when _conversations.Add(finding.FindingId) && _random.NextDouble() < 0.7:
                var heldOn = DateOnly.FromDateTime(at.UtcDateTime).AddDays(1);
                answers.Add(new ScenarioMessage(at.AddDays(1), new MazlConversationRecorded
                {
                    Envelope = Envelope(at.AddDays(1)),
                    Pupil = Pupil,
                    FindingId = finding.FindingId,
                    HeldOn = heldOn,
                    WithPupil = true,
                    WithParents = _random.NextDouble() < 0.8,
                    ReferToJgz = _random.NextDouble() < 0.7,
                }));
                break;
        }

        return answers;
    }

    private ScenarioMessage Decision(Guid meldingId, MeldingDecision decision, DateTimeOffset at) => new(at, new DecideVerzuimmelding
    {
        Envelope = Envelope(at),
        MeldingId = meldingId,
        Decision = decision,
        Reason = PrivacyFeed.HealthText(_random),
    });

    private string Word() => HealthWords.All[_random.Next(HealthWords.All.Count)];

    private Envelope Envelope(DateTimeOffset at) => PrivacyFeed.Envelope(_random, School.Brin, at);
}
