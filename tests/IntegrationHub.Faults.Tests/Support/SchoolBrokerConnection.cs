using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// A school's own AMQP connection to the private node, as an LVS keeps one through faults: automatic recovery of the
/// connection and its topology, tried again every second while the broker is away.
/// </summary>
internal static class SchoolBrokerConnection
{
    public static Task<IConnection> OpenAsync(string virtualHost, string user, string password, string name) =>
        new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = user,
            Password = password,
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
        }.CreateConnectionAsync();
}
