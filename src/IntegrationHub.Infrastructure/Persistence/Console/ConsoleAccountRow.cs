using IntegrationHub.Application.Console;

namespace IntegrationHub.Infrastructure.Persistence.Console;

internal sealed record ConsoleAccountRow(string Name, string PasswordHash, string Role, string? OrganisationId, string? Brin, DateTimeOffset CreatedAt, bool Disabled)
{
    public ConsoleAccount ToAccount() => new(Name, Role, OrganisationId, Brin, CreatedAt, Disabled);
}
