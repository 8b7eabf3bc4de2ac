namespace IntegrationHub.Application.Duo;

/// <summary>DUO's wire codes for the vermoedelijke soort verzuim (domain.md section 5).</summary>
public enum DuoSoort
{
    /// <summary>"V3": 16 uren in 4 opeenvolgende lesweken, pupil under 18.</summary>
    V3,

    /// <summary>"V4": 16 uren in 4 opeenvolgende lesweken, pupil of 18 or older.</summary>
    V4,

    /// <summary>"L": luxe verzuim.</summary>
    L,

    /// <summary>"LRV": ongeoorloofd verzuim van 1 maand of langer.</summary>
    LRV,

    /// <summary>"RMC": 18-23 without startkwalificatie.</summary>
    RMC,

    /// <summary>"O": overig verzuim.</summary>
    O,
}
