namespace IntegrationHub.Testing;

/// <summary>
/// Where the real servers started by infra/up.sh are. Defaults match infra/up.sh (its development passwords); override
/// with HUB_TEST_PG_HOST, HUB_TEST_PG_PORT, HUB_TEST_PG_USER, HUB_TEST_PG_PASSWORD,
/// HUB_TEST_MQ_HOST, HUB_TEST_MQ_PORT, HUB_TEST_MQ_MANAGEMENT_PORT, HUB_TEST_MQ_USER, HUB_TEST_MQ_PASSWORD,
/// HUB_TEST_MQ_OPERATOR_USER, HUB_TEST_MQ_OPERATOR_PASSWORD.
/// Two broker users: the worker's (<see cref="MqUser"/>, not an administrator; the hubs under test run as it) and
/// the operator (<see cref="MqOperatorUser"/>, administrator; creates the test vhosts, users and permissions, and
/// is what the provisioning code signs in to the management API with).
/// </summary>
public static class TestEnvironment
{
    public static string PgHost => Get("HUB_TEST_PG_HOST", "localhost");

    public static int PgPort => int.Parse(Get("HUB_TEST_PG_PORT", "5432"), System.Globalization.CultureInfo.InvariantCulture);

    public static string PgUser => Get("HUB_TEST_PG_USER", "hub");

    public static string PgPassword => Get("HUB_TEST_PG_PASSWORD", "hub");

    public static string MqHost => Get("HUB_TEST_MQ_HOST", "localhost");

    public static int MqPort => int.Parse(Get("HUB_TEST_MQ_PORT", "5672"), System.Globalization.CultureInfo.InvariantCulture);

    public static int MqManagementPort => int.Parse(Get("HUB_TEST_MQ_MANAGEMENT_PORT", "15672"), System.Globalization.CultureInfo.InvariantCulture);

    public static string MqUser => Get("HUB_TEST_MQ_USER", "hub");

    public static string MqPassword => Get("HUB_TEST_MQ_PASSWORD", "hub");

    public static string MqOperatorUser => Get("HUB_TEST_MQ_OPERATOR_USER", "hub-operator");

    public static string MqOperatorPassword => Get("HUB_TEST_MQ_OPERATOR_PASSWORD", "hub-operator");

    /// <summary>
    /// The broker settings of a hub under test on <paramref name="virtualHost"/>: the worker's user as its own, the
    /// operator account for provisioning (RabbitMq:Operator), as configuration keys ("RabbitMq:Host", ...).
    /// </summary>
    public static Dictionary<string, string?> RabbitMqSettings(string virtualHost) => new()
    {
        ["RabbitMq:Host"] = MqHost,
        ["RabbitMq:Port"] = MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RabbitMq:VirtualHost"] = virtualHost,
        ["RabbitMq:Username"] = MqUser,
        ["RabbitMq:Password"] = MqPassword,
        ["RabbitMq:ManagementUri"] = TestVirtualHost.ManagementUri.ToString(),
        ["RabbitMq:Operator:Username"] = MqOperatorUser,
        ["RabbitMq:Operator:Password"] = MqOperatorPassword,
    };

    private static string Get(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
