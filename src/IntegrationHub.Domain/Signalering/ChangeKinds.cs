namespace IntegrationHub.Domain.Signalering;

/// <summary>Which kinds of facts an event changed; a rule is evaluated only when facts it reads changed.</summary>
[Flags]
internal enum ChangeKinds
{
    None = 0,
    Attendance = 1,
    Lateness = 2,
    Sickness = 4,
    Periods = 8,
    Profile = 16,
    Zorgenvinkje = 32,
    Deregistration = 64,
    All = Attendance | Lateness | Sickness | Periods | Profile | Zorgenvinkje | Deregistration,
}
