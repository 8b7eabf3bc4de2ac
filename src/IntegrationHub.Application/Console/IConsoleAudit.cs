namespace IntegrationHub.Application.Console;

/// <summary>
/// The console's audit log: every action (a POST, an export, an inzage lookup, a login) with who, what, when and on
/// which object. Never personal data in <paramref name="objectId"/> or <paramref name="detail"/>: ids, codes, BRIN,
/// pseudonyms, counts.
/// </summary>
public interface IConsoleAudit
{
    Task RecordAsync(ConsoleActor user, string action, string objectType, string objectId, string? detail, CancellationToken cancellationToken);
}
