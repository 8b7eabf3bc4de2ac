namespace IntegrationHub.Domain.Meldingen;

/// <summary>The school's answer about one melding (contract DecideVerzuimmelding).</summary>
public enum SchoolDecision
{
    /// <summary>Approve a melding that waits for approval ("akkoord").</summary>
    Akkoord,

    /// <summary>Withdraw the melding ("intrekken"): the only way a sent melding is withdrawn.</summary>
    Intrekken,

    /// <summary>Keep the melding after a correction put the question ("handhaven").</summary>
    Handhaven,
}
