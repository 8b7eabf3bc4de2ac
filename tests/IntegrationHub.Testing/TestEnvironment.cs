namespace IntegrationHub.Testing;

/// <summary>
/// Where the real servers started by infra/up.sh are. Defaults match infra/up.sh; override with
/// HUB_TEST_PG_HOST, HUB_TEST_PG_PORT, HUB_TEST_PG_USER, HUB_TEST_PG_PASSWORD,
/// HUB_TEST_MQ_HOST, HUB_TEST_MQ_PORT, HUB_TEST_MQ_MANAGEMENT_PORT, HUB_TEST_MQ_USER, HUB_TEST_MQ_PASSWORD.
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

    private static string Get(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
