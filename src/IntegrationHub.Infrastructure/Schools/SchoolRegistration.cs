namespace IntegrationHub.Infrastructure.Schools;

/// <summary>What it takes to connect a school to the hub.</summary>
/// <param name="Brin">BRIN code, e.g. 12AB (upper case).</param>
/// <param name="Name">The school's name, for operators.</param>
/// <param name="Region">The school's vakantieregio.</param>
/// <param name="AmqpPassword">The password for the school's RabbitMQ user. Null: keep the existing one, or generate
/// one when the user does not exist yet.</param>
public sealed record SchoolRegistration(string Brin, string Name, SchoolRegion Region, string? AmqpPassword = null);
