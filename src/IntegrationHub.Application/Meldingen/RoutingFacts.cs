using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// What the routing stage needs that only the pupil's evaluation knows, pure: the day the melding was made, the
/// woongemeente in effect on that day (the one the school last reported with an effective date on or before it), the
/// pupil's kinds for alternative routing, and the school message behind it.
/// </summary>
public static class RoutingFacts
{
    public static VerzuimmeldingReady Complete(VerzuimmeldingReady ready, Verzuimmelding melding, PupilState? state, MeldingContext context, string lvsPupilKey)
    {
        ArgumentNullException.ThrowIfNull(ready);
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(context);
        var madeOn = context.DateOf(ready.MadeAt);
        var profile = state?.ProfileAt(madeOn);
        return ready with
        {
            MadeOn = madeOn,
            Woongemeente = profile?.Woongemeente ?? ready.Woongemeente,
            PupilKinds = PupilKinds(profile?.SchoolKind, ready.Regime),
            LvsPupilKey = lvsPupilKey,
            TraceParent = melding.CausedByTraceParent,
            Operation = melding.CausedByOperation,
        };
    }

    /// <summary>Most specific first: the school kind ("vso", "mbo", ...), then the regime ("leerplicht", "kwalificatieplicht", ...).</summary>
    public static IReadOnlyList<string> PupilKinds(Domain.Events.SchoolKind? kind, string regime) =>
        kind is { } k ? [k.ToString().ToLowerInvariant(), regime] : [regime];

    /// <summary>Remembers the school message that changed these meldingen (the latest wins).</summary>
    public static void Attribute(IEnumerable<Verzuimmelding> changed, SchoolMessageCause? cause)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (cause is null)
        {
            return;
        }

        foreach (var melding in changed)
        {
            melding.CausedByTraceParent = cause.TraceParent;
            melding.CausedByOperation = cause.Operation;
        }
    }
}
