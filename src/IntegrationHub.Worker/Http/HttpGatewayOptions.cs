using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Worker.Http;

/// <summary>Limits of the HTTP gateway. Section "Gateways:Http".</summary>
public sealed class HttpGatewayOptions
{
    public const string SectionName = "Gateways:Http";

    /// <summary>Items one POST /v1/submissions may carry; more is answered with 413.</summary>
    [Range(1, 100_000)]
    public int MaxItems { get; set; } = 1000;
}
