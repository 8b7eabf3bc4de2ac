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
}
