namespace IntegrationHub.Contracts.V1;

/// <summary>
/// "Akkoord gevraagd": for a school that approves its own meldingen, a finding has settled into a melding that is
/// sent only after the school's approval (DecideVerzuimmelding with decision "akkoord"). Sent again as a reminder
/// (<see cref="IsReminder"/>) before the deadline. An unapproved melding is never sent.
/// </summary>
public sealed record VerzuimmeldingApprovalRequested
{
    public required SchoolRef School { get; init; }

    public required MeldingRef Melding { get; init; }

    public required bool IsReminder { get; init; }

    /// <summary>The answers the school can give: "akkoord" or "intrekken".</summary>
    public required IReadOnlyList<string> Choices { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
}
