namespace IntegrationHub.Worker.Hosting;

/// <summary>
/// Which parts of the hub this process runs, from "Hub:Roles": a comma-separated list of intake-amqp,
/// intake-http, intake-partners, relay, signalering, duo (default: all). One binary, scaled out per role (Hub__Roles=intake-amqp).
/// </summary>
public sealed class HubRoles
{
    public const string SectionKey = "Hub:Roles";
    public const string IntakeAmqpRole = "intake-amqp";
    public const string IntakeHttpRole = "intake-http";
    public const string IntakePartnersRole = "intake-partners";
    public const string RelayRole = "relay";
    public const string SignaleringRole = "signalering";
    public const string DuoRole = "duo";

    private static readonly string[] Known = [IntakeAmqpRole, IntakeHttpRole, IntakePartnersRole, RelayRole, SignaleringRole, DuoRole];

    private readonly HashSet<string> _roles;

    private HubRoles(IEnumerable<string> roles) => _roles = new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase);

    public bool IntakeAmqp => _roles.Contains(IntakeAmqpRole);

    public bool IntakeHttp => _roles.Contains(IntakeHttpRole);

    public bool IntakePartners => _roles.Contains(IntakePartnersRole);

    public bool Relay => _roles.Contains(RelayRole);

    public bool Signalering => _roles.Contains(SignaleringRole);

    /// <summary>The DUO dispatcher, the status poll and the partner overdue watch.</summary>
    public bool Duo => _roles.Contains(DuoRole);

    public static HubRoles From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[SectionKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new HubRoles(Known);
        }

        var roles = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.Where(r => !Known.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Unknown {SectionKey}: {string.Join(", ", unknown)}. Known: {string.Join(", ", Known)}.");
        }

        return new HubRoles(roles);
    }

    public override string ToString() => string.Join(",", _roles.Order(StringComparer.Ordinal));
}
