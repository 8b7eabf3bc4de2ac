using IntegrationHub.Application.Console;

namespace IntegrationHub.Infrastructure.Persistence.Console;

/// <summary>A console_accounts row as Dapper reads it (timestamptz arrives as a UTC DateTime).</summary>
internal sealed record ConsoleAccountRow(string Name, string PasswordHash, string Role, string? OrganisationId, string? Brin, DateTime CreatedAt, bool Disabled)
{
    public ConsoleAccount ToAccount() => new(Name, Role, OrganisationId, Brin, new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)), Disabled);
}
