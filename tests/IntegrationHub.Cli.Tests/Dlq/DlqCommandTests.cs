using System.Text;
using IntegrationHub.Cli.Tests.Privacy;
using IntegrationHub.Infrastructure.Messaging.Failed;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing;
using Npgsql;
using RabbitMQ.Client;

namespace IntegrationHub.Cli.Tests.Dlq;

/// <summary>
/// <c>hub dlq list</c> and <c>hub dlq replay</c> as a process, against a real migrated database holding one failed
/// message and a real vhost holding the queue it came from.
/// </summary>
public sealed class DlqCommandTests : IAsyncLifetime
{
    private const string Brin = "99DQ";
    private const string Queue = "hub.dlq-cli-test";
    private static readonly Guid MessageId = Guid.NewGuid();
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"message":{"kind":"test"}}""");

    private TestDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;
    private TestVirtualHost _vhost = null!;
    private long _id;
    private string _groupKey = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString);
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _vhost = await TestVirtualHost.CreateAsync();
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);

        var cause = new FailedMessageCause("System.InvalidOperationException", "store refused {value}");
        _groupKey = cause.GroupKey("urn:message:Test");
        _id = await new NpgsqlFailedMessageStore(_dataSource).RecordAsync(
            new FailedMessage(MessageId, "urn:message:Test", Queue, Brin, cause, 3, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
                "application/vnd.masstransit+json", new Dictionary<string, string> { ["x-test"] = "kept" }, Body),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _vhost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Should_list_the_failed_message_by_school_and_by_cause_when_asked()
    {
        var list = await HubProcess.RunAsync(["dlq", "list", "--school", Brin], Environment());
        var groups = await HubProcess.RunAsync(["dlq", "list", "--group"], Environment());
        var otherSchool = await HubProcess.RunAsync(["dlq", "list", "--school", "99ZZ"], Environment());

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(MessageId.ToString(), list.Output, StringComparison.Ordinal);
        Assert.Contains(_groupKey, list.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed messages", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, groups.ExitCode);
        Assert.Contains(_groupKey, groups.Output, StringComparison.Ordinal);
        Assert.Contains("1 causes", groups.Output, StringComparison.Ordinal);
        Assert.Contains("0 failed messages", otherSchool.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_send_the_message_back_to_its_queue_with_its_id_and_record_who_replayed_it_when_replayed()
    {
        var replay = await HubProcess.RunAsync(["dlq", "replay", _id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--by", "operator-test"], Environment());
        var missing = await HubProcess.RunAsync(["dlq", "replay", "987654321"], Environment());

        Assert.True(replay.ExitCode == 0, replay.Error);
        Assert.Contains("replay 1", replay.Output, StringComparison.Ordinal);
        await using var connection = await Connect();
        await using var channel = await connection.CreateChannelAsync();
        var delivered = await channel.BasicGetAsync(Queue, autoAck: true);
        Assert.NotNull(delivered);
        Assert.Equal(MessageId.ToString(), delivered.BasicProperties.MessageId);
        Assert.Equal(Body, delivered.Body.ToArray());
        Assert.Equal("kept", Encoding.UTF8.GetString((byte[])delivered.BasicProperties.Headers!["x-test"]!));
        await using var command = _dataSource.CreateCommand("SELECT replayed_by || ' ' || outcome FROM failed_message_replays WHERE failed_message_id = $1");
        command.Parameters.AddWithValue(_id);
        Assert.Equal("operator-test sent", await command.ExecuteScalarAsync());
        var list = await HubProcess.RunAsync(["dlq", "list", "--all"], Environment());
        Assert.Contains("replayed", list.Output, StringComparison.Ordinal);
        Assert.Contains("replays=1", list.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no failed message 987654321", missing.Error, StringComparison.Ordinal);
    }

    private Task<IConnection> Connect() => new ConnectionFactory { Uri = _vhost.AmqpUri }.CreateConnectionAsync();

    private Dictionary<string, string> Environment()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Hub"] = _database.ConnectionString };
        foreach (var (key, value) in TestEnvironment.RabbitMqSettings(_vhost.Name))
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return settings;
    }
}
