using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Contracts.Schema;

/// <summary>The explicit list of published V1 messages, inbound (LVS to hub) and outbound (hub to school).</summary>
public static class ContractTypes
{
    public static IReadOnlyList<Type> Inbound { get; } =
    [
        typeof(PupilEnrolled),
        typeof(PupilDeregistered),
        typeof(PupilProfileChanged),
        typeof(AttendanceRegistered),
        typeof(AttendanceCorrected),
        typeof(AttendanceRetracted),
        typeof(SickReported),
        typeof(RecoveryReported),
        typeof(LeaveGranted),
        typeof(SuspensionRegistered),
        typeof(VrijstellingRegistered),
        typeof(ZorgenvinkjeChanged),
        typeof(ConsentGiven),
        typeof(ConsentWithdrawn),
        typeof(SchoolCalendarPublished),
        typeof(DecideVerzuimmelding),
    ];

    public static IReadOnlyList<Type> Outbound { get; } =
    [
        typeof(SubmissionAccepted),
        typeof(SubmissionRejected),
        typeof(VerzuimSignalRaised),
        typeof(VerzuimSignalWithdrawn),
        typeof(FindingRaised),
        typeof(FindingsDigest),
        typeof(VerzuimmeldingApprovalRequested),
        typeof(VerzuimmeldingSent),
        typeof(VerzuimmeldingDecisionRequired),
        typeof(VerzuimmeldingDecisionRefused),
    ];

    public static IEnumerable<Type> All => Inbound.Concat(Outbound);
}
