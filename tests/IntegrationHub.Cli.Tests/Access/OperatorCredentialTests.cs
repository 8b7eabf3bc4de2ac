using System.Net;
using IntegrationHub.Cli.Tests.Privacy;
using IntegrationHub.Testing;

namespace IntegrationHub.Cli.Tests.Access;

/// <summary>
/// The CLI's broker-user commands sign in with the operator account (RabbitMq:Operator) and with nothing else: given
/// only the hub's own user, as the worker is, they stop before touching the broker and say what is missing.
/// </summary>
public sealed class OperatorCredentialTests
{
    public static TheoryData<string[], string> Commands() => new()
    {
        { ["school", "add", "--brin", "98ZQ", "--name", "Zonder operator", "--region", "Noord", "--melder-naam", "T. Test", "--melder-functie", "coördinator", "--melder-telefoon", "0101234567", "--melder-email", "t@test.example", "--ondernomen-actie", "Gesprek."], "lvs-98ZQ" },
        { ["org", "add", "--kind", "leerplicht", "--id", "zonder-operator", "--name", "Zonder operator"], "partner-zonder-operator" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Should_refuse_and_name_the_operator_setting_when_a_broker_user_command_runs_without_an_operator_credential(string[] arguments, string user)
    {
        var run = await HubProcess.RunAsync(arguments, new Dictionary<string, string>
        {
            ["ConnectionStrings__Hub"] = "Host=localhost;Database=unused",
            ["RabbitMq__Username"] = TestEnvironment.MqUser,
            ["RabbitMq__Password"] = TestEnvironment.MqPassword,
            ["RabbitMq__ManagementUri"] = TestVirtualHost.ManagementUri.ToString(),
        });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("RabbitMq:Operator:Username", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("password:", run.Output, StringComparison.Ordinal);
        using var management = TestVirtualHost.CreateManagementClient();
        using var response = await management.GetAsync(new Uri($"api/users/{user}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
