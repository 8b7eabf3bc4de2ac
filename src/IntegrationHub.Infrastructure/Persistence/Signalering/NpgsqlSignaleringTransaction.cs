using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>One pupil under lock: state, signals and outbox rows are committed together or not at all.</summary>
internal sealed class NpgsqlSignaleringTransaction(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    string pupil,
    bool isRepeat,
    PupilState? state,
    string? lvsPupilKey,
    TimeProvider time) : ISignaleringTransaction
{
    public bool IsRepeat { get; } = isRepeat;

    public PupilState? State { get; } = state;

    public string? LvsPupilKey { get; } = lvsPupilKey;

    public async Task CommitAsync(SignaleringResult result, SignalMessages messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(messages);
        var now = time.GetUtcNow();
        await ExecuteAsync(SignaleringSql.SaveState, new { Pupil = pupil, State = PupilStateJson.Write(result.State), Now = now }, cancellationToken);

        foreach (var signal in messages.Raised)
        {
            await ExecuteAsync(SignaleringSql.UpsertSignal, Row(signal, now), cancellationToken);
            await OutboxWriter.PublishAsync(connection, transaction, signal, cancellationToken: cancellationToken);
        }

        foreach (var withdrawal in messages.Withdrawn)
        {
            await ExecuteAsync(SignaleringSql.WithdrawSignal, new { withdrawal.SignalId, withdrawal.Reason, Now = now }, cancellationToken);
            await OutboxWriter.PublishAsync(connection, transaction, withdrawal, cancellationToken: cancellationToken);
        }

        foreach (var feedback in messages.SchoolRaised)
        {
            await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(feedback.School.Brin), feedback, cancellationToken: cancellationToken);
        }

        foreach (var feedback in messages.SchoolWithdrawn)
        {
            await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(feedback.School.Brin), feedback, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static object Row(SignalRaised signal, DateTimeOffset now) => new
    {
        signal.SignalId,
        signal.Pupil,
        signal.Brin,
        signal.Vestiging,
        signal.Kind,
        signal.Recipient,
        signal.Begindatum,
        signal.Einddatum,
        signal.DueDate,
        Payload = JsonSerializer.Serialize(signal, HubJson.Options),
        Now = now,
    };
}
