namespace IntegrationHub.Application.Intake;

public enum SubmissionOutcome
{
    Accepted,
    Rejected,
}
