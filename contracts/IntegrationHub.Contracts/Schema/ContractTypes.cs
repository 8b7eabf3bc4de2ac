using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Contracts.Schema;

/// <summary>The explicit list of published V1 messages, inbound (LVS to hub), outbound (hub to school), to and from partners.</summary>
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
        typeof(MazlConversationRecorded),
        typeof(VerzuimmeldingToelichtingConfirmed),
    ];

    public static IReadOnlyList<Type> Outbound { get; } =
    [
        typeof(SubmissionAccepted),
        typeof(SubmissionsAccepted),
        typeof(SubmissionRejected),
        typeof(VerzuimSignalRaised),
        typeof(VerzuimSignalWithdrawn),
        typeof(FindingRaised),
        typeof(FindingsDigest),
        typeof(VerzuimmeldingApprovalRequested),
        typeof(VerzuimmeldingSent),
        typeof(VerzuimmeldingDecisionRequired),
        typeof(VerzuimmeldingDecisionRefused),
        typeof(PartnerDeliveryParked),
        typeof(MazlReferralSent),
        typeof(MazlReferralBlocked),
        typeof(JgzAdviceReceived),
        typeof(PartnerStatusReceived),
        typeof(VerzuimmeldingRegistered),
        typeof(VerzuimmeldingStatusChanged),
        typeof(VerzuimmeldingClosed),
        typeof(VerzuimmeldingWithdrawalRegistered),
        typeof(VerzuimmeldingNotRegistered),
        typeof(PartnerStatusOverdue),
    ];

    /// <summary>Hub to partner queues (<c>leerplicht.&lt;org&gt;</c>, <c>rmc.&lt;region&gt;</c>, <c>jgz.&lt;org&gt;</c>).</summary>
    public static IReadOnlyList<Type> ToPartner { get; } =
    [
        typeof(VerzuimmeldingNotification),
        typeof(VerzuimmeldingNotificationUpdated),
        typeof(MazlReferral),
    ];

    /// <summary>Partner to hub, on the partner's own exchange <c>partner.&lt;org&gt;.in</c>.</summary>
    public static IReadOnlyList<Type> FromPartner { get; } =
    [
        typeof(PartnerStatusSet),
        typeof(JgzAdviceGiven),
    ];

    public static IEnumerable<Type> All => Inbound.Concat(Outbound).Concat(ToPartner).Concat(FromPartner);
}
