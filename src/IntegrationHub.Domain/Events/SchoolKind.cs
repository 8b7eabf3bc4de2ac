namespace IntegrationHub.Domain.Events;

public enum SchoolKind
{
    Po,
    Vo,
    So,
    Vso,
    Mbo,
}
