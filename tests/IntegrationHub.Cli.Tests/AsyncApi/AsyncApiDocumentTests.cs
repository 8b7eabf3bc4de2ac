using System.Text.Json.Nodes;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Cli.AsyncApi;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.AsyncApi;

public sealed class AsyncApiDocumentTests
{
    private const string HowToFix =
        "contracts/asyncapi.json drifted from the code. Run `dotnet run --project src/IntegrationHub.Cli -- asyncapi export` and commit the result.";

    private static readonly JsonObject Document = AsyncApiDocument.Create();

    private static string CommittedPath => Path.Combine(RepositoryPaths.Root, "contracts", AsyncApiDocument.FileName);

    [Fact]
    public void Should_match_the_committed_file_when_generated_from_the_code()
    {
        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing. {HowToFix}");
        Assert.True(File.ReadAllText(CommittedPath) == AsyncApiDocument.Export(), HowToFix);
    }

    public static TheoryData<string> Contracts() => [.. ContractTypes.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Should_describe_the_contract_on_a_channel_with_its_schema_when_it_is_published(string contractName)
    {
        var contract = ContractTypes.All.Single(t => t.Name == contractName);
        var message = Document["components"]!["messages"]![contractName];
        var channels = Document["channels"]!.AsObject().Where(c => c.Value!["messages"]!.AsObject().ContainsKey(contractName)).ToList();

        Assert.NotNull(message);
        Assert.NotEmpty(channels);
        Assert.Contains($"\"$ref\":\"./schemas/v1/{contractName}.schema.json\"", message.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(AsyncApiMessages.Urn(contract), message.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_every_exchange_and_queue_as_the_topology_does_when_generated()
    {
        var addresses = Document["channels"]!.AsObject().Select(c => (string)c.Value!["address"]!).Order(StringComparer.Ordinal);

        string[] expected =
        [
            Topology.InboundExchange("{brin}"), Topology.FeedbackQueue("{brin}"),
            Topology.PartnerQueue(PartnerKind.Leerplicht, "{org}"), Topology.PartnerQueue(PartnerKind.Rmc, "{region}"),
            Topology.PartnerQueue(PartnerKind.Jgz, "{org}"), Topology.PartnerInboundExchange("{org}"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), addresses);
    }

    [Theory]
    [InlineData("leerplichtQueue", new[] { nameof(VerzuimmeldingNotification), nameof(VerzuimmeldingNotificationUpdated) })]
    [InlineData("rmcQueue", new[] { nameof(VerzuimmeldingNotification), nameof(VerzuimmeldingNotificationUpdated) })]
    [InlineData("jgzQueue", new[] { nameof(MazlReferral) })]
    [InlineData("partnerInbound", new[] { nameof(PartnerStatusSet), nameof(JgzAdviceGiven) })]
    public void Should_carry_only_that_partners_messages_when_describing_a_partner_channel(string channel, string[] expected)
    {
        var messages = Document["channels"]![channel]!["messages"]!.AsObject().Select(m => m.Key);

        Assert.Equal(expected, messages);
    }

    [Fact]
    public void Should_resolve_every_reference_when_following_it_from_the_document()
    {
        var references = References(Document).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference =>
        {
            if (reference.StartsWith("#/", StringComparison.Ordinal))
            {
                JsonNode? node = Document;
                foreach (var part in reference[2..].Split('/'))
                {
                    node = node?[part];
                }

                Assert.True(node is not null, $"{reference} points at nothing in the document.");
            }
            else
            {
                var path = Path.Combine(Path.GetDirectoryName(CommittedPath)!, reference);
                Assert.True(File.Exists(path), $"{reference} is not a committed file.");
            }
        });
    }

    [Fact]
    public void Should_refer_only_to_schemas_readable_as_draft_07_when_tools_read_the_payloads()
    {
        string[] newerKeywords = ["\"$defs\"", "\"prefixItems\"", "\"unevaluatedProperties\"", "\"unevaluatedItems\"", "\"dependentSchemas\"", "\"$dynamicRef\""];
        var files = References(Document).Where(r => !r.StartsWith('#')).Distinct()
            .Select(r => Path.Combine(Path.GetDirectoryName(CommittedPath)!, r)).ToList();

        Assert.Equal(ContractTypes.All.Count(), files.Count);
        Assert.All(files, file => Assert.DoesNotContain(newerKeywords, keyword => File.ReadAllText(file).Contains(keyword, StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_require_the_partner_user_and_its_user_id_when_a_partner_answers()
    {
        var operation = Document["operations"]!["receivePartnerAnswers"]!;

        Assert.Equal("receive", (string)operation["action"]!);
        Assert.Equal("#/components/securitySchemes/partnerUser", (string)operation["security"]![0]!["$ref"]!);
        Assert.Equal(Topology.PartnerUser("{org}"), (string)operation["bindings"]!["amqp"]!["userId"]!);
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [(string)p.Value!] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };
}
