using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>What it takes to connect a school to the hub.</summary>
/// <param name="Brin">BRIN code, e.g. 12AB (upper case).</param>
/// <param name="Name">The school's name, for operators.</param>
/// <param name="Region">The school's vakantieregio.</param>
/// <param name="AmqpPassword">The password for the school's RabbitMQ user. Null: keep the existing one, or generate
/// one when the user does not exist yet.</param>
/// <param name="Melder">What only the school can supply for its meldingen (melder, door school ondernomen actie, actie
/// gemeente gewenst). Required: a school without it cannot be connected, so a settled melding is always complete.</param>
/// <param name="RequiresApproval">True: each melding waits for the school's approval; false: the school mandates the
/// hub to send settled meldingen on its behalf.</param>
/// <param name="BatchedAcceptance">True: the school hears of its accepted messages in one SubmissionsAccepted per intake
/// transaction; false (the default): one SubmissionAccepted per message.</param>
public sealed record SchoolRegistration(
    string Brin, string Name, SchoolRegion Region, string? AmqpPassword = null, Melder? Melder = null, bool RequiresApproval = false,
    bool BatchedAcceptance = false);
