using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Worker.Tests.Support;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Tests.Privacy;

/// <summary>A hub with an operator key and known privacy keys, logging at Debug so a leaked BSN would show.</summary>
public sealed class DisclosureApiFixture : HubFixture
{
    public const string OperatorKey = "operator-test-key-not-a-real-secret";
    private const string PseudonymisationKey = "worker-privacy-tests-pseudonymisation-key-not-a-secret";
    private const string DisclosureKey = "worker-privacy-tests-disclosure-log-key-not-a-secret";

    public DisclosureLog Log { get; } = new(new DisclosureSubjectProtector(Options.Create(new DisclosureOptions { Key = DisclosureKey })));

    public string PupilOf(string bsn) =>
        new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = PseudonymisationKey })).Pseudonymise(NummerSoort.Bsn, bsn);

    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Operator__ApiKeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OperatorKey))),
        ["Pseudonymisation__Key"] = PseudonymisationKey,
        ["Disclosures__Key"] = DisclosureKey,
        ["Logging__LogLevel__Default"] = "Debug",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        ["Logging__LogLevel__Npgsql"] = "Debug",
    };
}
