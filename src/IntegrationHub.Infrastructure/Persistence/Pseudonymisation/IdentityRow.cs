namespace IntegrationHub.Infrastructure.Persistence.Pseudonymisation;

/// <summary>A pupil_identity row as the rotation reads it.</summary>
internal sealed class IdentityRow
{
    public string Pseudonym { get; set; } = "";

    public string Soort { get; set; } = "";

    public string Nummer { get; set; } = "";
}
