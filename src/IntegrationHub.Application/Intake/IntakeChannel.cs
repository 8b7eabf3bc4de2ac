namespace IntegrationHub.Application.Intake;

public enum IntakeChannel
{
    Amqp,
    Http,
}
