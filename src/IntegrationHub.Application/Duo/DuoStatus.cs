namespace IntegrationHub.Application.Duo;

/// <summary>DUO's wire codes for a melding's status (domain.md section 5).</summary>
public enum DuoStatus
{
    /// <summary>"R": geregistreerd (every new melding).</summary>
    R,

    /// <summary>"B": in behandeling.</summary>
    B,

    /// <summary>"G": afgesloten (with reden and toelichting).</summary>
    G,

    /// <summary>"K": ter kennisgeving aangenomen.</summary>
    K,

    /// <summary>"I": ingetrokken (by the school).</summary>
    I,

    /// <summary>"D": overgedragen aan derden (retired in 2020; old meldingen still carry it).</summary>
    D,
}
