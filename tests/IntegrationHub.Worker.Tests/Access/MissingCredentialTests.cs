using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Access;

/// <summary>
/// The base settings carry no password or connection string, and none is built in: a worker started in Production
/// without them stops at once and says which setting is missing and where it comes from.
/// </summary>
public sealed class MissingCredentialTests
{
    [Fact]
    public async Task Should_exit_and_name_the_setting_when_the_worker_starts_in_production_without_a_broker_password()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WorkerProcess.StartAsync("Host=localhost;Database=unused", "unused", new Dictionary<string, string> { ["RabbitMq__Password"] = string.Empty }));

        Assert.Contains("RabbitMq:Password is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("RabbitMq__Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_and_name_the_setting_when_the_worker_starts_in_production_without_a_connection_string()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WorkerProcess.StartAsync(string.Empty, "unused"));

        Assert.Contains("ConnectionStrings:Hub is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Hub", error.Message, StringComparison.Ordinal);
    }
}
