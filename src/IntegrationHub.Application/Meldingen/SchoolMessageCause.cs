namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// The school message behind an evaluation: <see cref="Operation"/> "&lt;type&gt; &lt;message id&gt;" and its W3C
/// <see cref="TraceParent"/>, carried onto what the evaluation sends and into the disclosure log.
/// </summary>
public sealed record SchoolMessageCause(string Operation, string? TraceParent);
