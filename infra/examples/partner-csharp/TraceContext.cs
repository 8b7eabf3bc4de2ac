using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PartnerConsumer;

/// <summary>W3C trace context: an answer continues the trace of the message it answers, with a span id of its own.</summary>
internal static partial class TraceContext
{
    /// <returns>"00-&lt;same trace id&gt;-&lt;new span id&gt;-&lt;same flags&gt;", or a new trace when the parent is missing or malformed.</returns>
    public static string ChildOf(string? traceParent)
    {
        var span = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var match = traceParent is null ? null : TraceParent().Match(traceParent);
        return match is { Success: true }
            ? $"00-{match.Groups["trace"].Value}-{span}-{match.Groups["flags"].Value}"
            : $"00-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}-{span}-01";
    }

    /// <summary>The trace id of a traceparent, or "-".</summary>
    public static string TraceId(string? traceParent) =>
        traceParent is not null && TraceParent().Match(traceParent) is { Success: true } match ? match.Groups["trace"].Value : "-";

    [GeneratedRegex("^00-(?<trace>[0-9a-f]{32})-[0-9a-f]{16}-(?<flags>[0-9a-f]{2})$")]
    private static partial Regex TraceParent();
}
