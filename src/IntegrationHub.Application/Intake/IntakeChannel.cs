namespace IntegrationHub.Application.Intake;

public enum IntakeChannel
{
    Amqp,
    Http,

    /// <summary>A person at the school answered in the web console (e.g. a "beslissing nodig" question).</summary>
    Console,
}
