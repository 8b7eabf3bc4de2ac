namespace IntegrationHub.Application.Routing;

/// <summary>The coded reasons a delivery is parked (they reach the school in PartnerDeliveryParked).</summary>
public static class ParkReasons
{
    public const string WoongemeenteMissing = "woongemeente.missing";
    public const string WoongemeenteUnknown = "woongemeente.unknown";
    public const string WoongemeenteUnmapped = "woongemeente.unmapped";
    public const string JgzUnmapped = "jgz.unmapped";
    public const string IdentityMissing = "identity.missing";
    public const string MeldingParked = "melding.parked";
}
