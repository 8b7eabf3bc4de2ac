using IntegrationHub.Contracts.V1;

namespace PartnerConsumer;

/// <summary>
/// What this example answers, to show the shape: a leerplicht organisation or RMC region takes a melding in behandeling;
/// a JGZ gives structured advice (never a diagnosis: the contract has no field for one). A real system answers when a
/// person decided, with that person's status or advice.
/// </summary>
internal static class Answers
{
    public static PartnerStatusSet InBehandeling(Guid answered, VerzuimmeldingNotification melding, string traceParent) => new()
    {
        MessageId = AnswerId.For(answered, nameof(PartnerStatusSet)),
        MeldingId = melding.MeldingId,
        Status = PartnerStatus.InBehandeling,
        SetAt = DateTimeOffset.UtcNow,
        TraceParent = traceParent,
    };

    public static JgzAdviceGiven Advice(Guid answered, MazlReferral referral, string traceParent) => new()
    {
        MessageId = AnswerId.For(answered, nameof(JgzAdviceGiven)),
        ReferralId = referral.ReferralId,
        Participation = AdviceParticipation.Gedeeltelijk,
        LoadCapacity = AdviceLoadCapacity.Beperkt,
        StartHoursPerWeek = 12,
        Adjustments = [AdviceAdjustment.AangepastRooster, AdviceAdjustment.Rustmomenten],
        GivenAt = DateTimeOffset.UtcNow,
        TraceParent = traceParent,
    };
}
