using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Cli.AsyncApi;

/// <summary>
/// Generates the AsyncAPI 3.0 document of the hub's broker (contracts/asyncapi.json) from <see cref="BrokerChannels"/>,
/// so it cannot drift from the code: a test compares the committed file with this output. Described from the hub's
/// side: "send" is what the hub sends (a school or partner reads it), "receive" what the hub receives.
/// </summary>
internal static class AsyncApiDocument
{
    public const string FileName = "asyncapi.json";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The package version of the contracts (Major.Minor.Patch of the contracts assembly).</summary>
    public static string ContractsVersion
    {
        get
        {
            var version = typeof(ContractTypes).Assembly.GetName().Version!;
            return $"{version.Major}.{version.Minor}.{version.Build}";
        }
    }

    public static string Export() => Create().ToJsonString(Indented) + "\n";

    public static JsonObject Create()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        foreach (var channel in BrokerChannels.All)
        {
            channels[channel.Id] = Channel(channel);
            operations[channel.Operation] = Operation(channel);
            foreach (var contract in channel.Messages.Where(c => !messages.ContainsKey(c.Name)))
            {
                messages[contract.Name] = channel.HubSends ? AsyncApiMessages.Sent(contract) : AsyncApiMessages.Received(contract);
            }
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["id"] = "urn:integrationhub:broker",
            ["info"] = AsyncApiInfo.Create(ContractsVersion),
            ["defaultContentType"] = "application/json",
            ["servers"] = new JsonObject { ["hub"] = Server() },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject
            {
                ["messages"] = messages,
                ["schemas"] = AsyncApiSchemas.Create(),
                ["securitySchemes"] = AsyncApiInfo.SecuritySchemes(),
            },
        };
    }

    private static JsonObject Server() => new()
    {
        ["host"] = "{host}:{port}",
        ["pathname"] = "/{vhost}",
        ["protocol"] = "amqp",
        ["protocolVersion"] = "0.9.1",
        ["description"] = "The hub's RabbitMQ. Ask the hub's operator for the host; the virtual host is the hub's `RabbitMq:VirtualHost`.",
        ["variables"] = new JsonObject
        {
            ["host"] = new JsonObject { ["default"] = "localhost" },
            ["port"] = new JsonObject { ["default"] = "5672", ["enum"] = new JsonArray("5672", "5671") },
            ["vhost"] = new JsonObject { ["default"] = "integrationhub" },
        },
        ["security"] = new JsonArray(SecurityRef("schoolUser"), SecurityRef("partnerUser")),
    };

    private static JsonObject Channel(BrokerChannel channel)
    {
        var amqp = channel.IsQueue
            ? new JsonObject
            {
                ["is"] = "queue",
                ["queue"] = new JsonObject { ["name"] = channel.Address, ["durable"] = true, ["exclusive"] = false, ["autoDelete"] = false },
            }
            : new JsonObject
            {
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject { ["name"] = channel.Address, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false },
            };
        amqp["bindingVersion"] = AsyncApiMessages.BindingVersion;
        var messages = new JsonObject();
        foreach (var contract in channel.Messages)
        {
            messages[contract.Name] = new JsonObject { ["$ref"] = $"#/components/messages/{contract.Name}" };
        }

        return new JsonObject
        {
            ["address"] = channel.Address,
            ["title"] = channel.Title,
            ["description"] = channel.Description,
            ["parameters"] = new JsonObject { [channel.Parameter] = AsyncApiInfo.Parameter(channel.Parameter) },
            ["messages"] = messages,
            ["bindings"] = new JsonObject { ["amqp"] = amqp },
        };
    }

    private static JsonObject Operation(BrokerChannel channel)
    {
        var amqp = new JsonObject { ["deliveryMode"] = 2 };
        if (channel.HubSends)
        {
            amqp["ack"] = true;
        }
        else
        {
            amqp["userId"] = channel.User;
        }

        amqp["bindingVersion"] = AsyncApiMessages.BindingVersion;
        var summary = channel.HubSends
            ? $"The hub sends; `{channel.User}` reads queue `{channel.Address}` and acknowledges each message after handling it."
            : $"The hub receives; `{channel.User}` publishes to exchange `{channel.Address}` with routing key empty.";
        return new JsonObject
        {
            ["action"] = channel.HubSends ? "send" : "receive",
            ["channel"] = new JsonObject { ["$ref"] = $"#/channels/{channel.Id}" },
            ["title"] = channel.Title,
            ["summary"] = summary,
            ["security"] = new JsonArray(SecurityRef(channel.Security)),
            ["messages"] = new JsonArray([.. channel.Messages.Select(c => (JsonNode)new JsonObject { ["$ref"] = $"#/channels/{channel.Id}/messages/{c.Name}" })]),
            ["bindings"] = new JsonObject { ["amqp"] = amqp },
        };
    }

    private static JsonObject SecurityRef(string scheme) => new() { ["$ref"] = $"#/components/securitySchemes/{scheme}" };
}
