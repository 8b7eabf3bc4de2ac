namespace IntegrationHub.Domain.Events;

public enum AbsenceStatus
{
    Present,
    AbsentAuthorised,
    AbsentUnauthorised,
    Late,
}
