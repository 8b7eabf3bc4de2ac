namespace IntegrationHub.Domain.Signalering.State;

public enum PeriodKind
{
    Leave,
    Suspension,
    Vrijstelling,
}
