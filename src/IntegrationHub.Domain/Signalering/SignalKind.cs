namespace IntegrationHub.Domain.Signalering;

public enum SignalKind
{
    Melding16Uur,
    LangdurigRelatiefVerzuim,
    LuxeVerzuim,
    RmcVerzuim,
    VoortijdigSchoolverlaten,
    AbsoluutVerzuim,
    MazlCriterium,
    LadderStap,
    BeginnendVerzuim,
    CombinedPattern,

    /// <summary>School only: no rule can be applied to the pupil (e.g. the birth date is unknown; domain.md section 2).</summary>
    GeenRegelToepasbaar,
}
