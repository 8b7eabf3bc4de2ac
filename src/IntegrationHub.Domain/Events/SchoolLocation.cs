namespace IntegrationHub.Domain.Events;

/// <summary>A school location: BRIN + vestiging.</summary>
public sealed record SchoolLocation(string Brin, string Vestiging)
{
    public override string ToString() => Brin + Vestiging;
}
