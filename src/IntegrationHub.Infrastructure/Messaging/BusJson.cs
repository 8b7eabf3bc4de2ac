using MassTransit;

namespace IntegrationHub.Infrastructure.Messaging;

/// <summary>
/// How the bus writes its JSON envelopes. MassTransit's default System.Text.Json options write indented JSON: every
/// message then carries its indentation on the wire, to be written and skipped again on every read. The relay writes
/// one envelope per outbound message, so in the profile the indented writing and the reader's white-space skipping
/// were a visible part of the relay and of signalering. Compact JSON is the same JSON to every reader.
/// </summary>
public static class BusJson
{
    /// <summary>
    /// Compact envelopes. MassTransit keeps these options process-wide, so the hub's bus and the bench's MassTransit
    /// baseline both get them, and the baseline stays the same comparison.
    /// </summary>
    public static void UseCompactJson(this IBusFactoryConfigurator configurator) =>
        configurator.ConfigureJsonSerializerOptions(options =>
        {
            options.WriteIndented = false;
            return options;
        });
}
