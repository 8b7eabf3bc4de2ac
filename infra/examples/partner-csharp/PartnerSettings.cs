using System.Globalization;

namespace PartnerConsumer;

/// <summary>
/// Who this partner is and where the hub's broker is: command-line options, else environment variables, else local defaults.
/// <code>
/// partner-consumer --org rbl-utrecht-zuid --kind leerplicht [--answer] [--max N] [--idle-seconds S]
/// HUB_AMQP_PASSWORD (required), HUB_AMQP_HOST (localhost), HUB_AMQP_PORT (5672), HUB_AMQP_VHOST (integrationhub)
/// </code>
/// </summary>
internal sealed record PartnerSettings(
    string Org,
    string Kind,
    string Host,
    int Port,
    string VirtualHost,
    string Password,
    bool Answer,
    int? Max,
    int? IdleSeconds)
{
    /// <summary>The partner's broker user: made by the hub's <c>hub org add</c>.</summary>
    public string User => $"partner-{Org}";

    /// <summary>The queue the hub sends to: leerplicht.&lt;org&gt;, rmc.&lt;region&gt; or jgz.&lt;org&gt;.</summary>
    public string Queue => $"{Kind}.{Org}";

    /// <summary>Where the partner answers.</summary>
    public string AnswerExchange => $"partner.{Org}.in";

    public static PartnerSettings Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--answer")
            {
                options["answer"] = "true";
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        string Get(string option, string variable, string? fallback) =>
            options.GetValueOrDefault(option) ?? Environment.GetEnvironmentVariable(variable) ?? fallback
            ?? throw new ArgumentException($"Give --{option} or set {variable}.");

        var kind = Get("kind", "HUB_PARTNER_KIND", "leerplicht");
        if (kind is not ("leerplicht" or "rmc" or "jgz"))
        {
            throw new ArgumentException($"--kind is leerplicht, rmc or jgz, not '{kind}'.");
        }

        return new PartnerSettings(
            Get("org", "HUB_PARTNER_ORG", null),
            kind,
            Get("host", "HUB_AMQP_HOST", "localhost"),
            int.Parse(Get("port", "HUB_AMQP_PORT", "5672"), CultureInfo.InvariantCulture),
            Get("vhost", "HUB_AMQP_VHOST", "integrationhub"),
            Get("password", "HUB_AMQP_PASSWORD", null),
            options.ContainsKey("answer"),
            options.TryGetValue("max", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : null,
            options.TryGetValue("idle-seconds", out var idle) ? int.Parse(idle, CultureInfo.InvariantCulture) : null);
    }
}
