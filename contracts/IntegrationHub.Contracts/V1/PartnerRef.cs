namespace IntegrationHub.Contracts.V1;

/// <summary>A partner organisation in the hub's directory: a leerplicht organisation, an RMC region or a JGZ.</summary>
public sealed record PartnerRef
{
    /// <summary>The directory id, e.g. "rbl-utrecht-zuid", "rmc-31", "jgz-ggd-regio-utrecht"; its queue is named after it.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>"leerplicht", "rmc" or "jgz".</summary>
    public required string Kind { get; init; }
}
