namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>Whether the AMQP gateway currently consumes the intake queue; read by the readiness check.</summary>
public sealed class AmqpGatewayStatus
{
    private volatile bool _consuming;

    public bool IsConsuming => _consuming;

    internal void Set(bool consuming) => _consuming = consuming;
}
