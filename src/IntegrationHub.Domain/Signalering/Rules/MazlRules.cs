using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>Which MAZL criteria apply to a school kind: vo/mbo (NCJ) criteria, or the po variant.</summary>
internal static class MazlRules
{
    public static bool IsPo(SchoolKind? kind) => kind is SchoolKind.Po or SchoolKind.So;

    public static Signal Signal(Timeline timeline, string rule, string criterion, DateOnly begin, DateOnly end, object idPart) => new()
    {
        SignalId = SignalIds.For(rule, timeline.Pupil, idPart),
        Kind = SignalKind.MazlCriterium,
        Rule = rule,
        Recipient = SignalRecipient.School,
        Pupil = timeline.Pupil,
        School = timeline.School,
        Regime = timeline.RegimeAt(end),
        Begindatum = begin,
        Einddatum = end,
        TriggeredOn = end,
        Criterion = criterion,
    };
}
