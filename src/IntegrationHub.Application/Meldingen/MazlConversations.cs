using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using MazlConversationRecorded = IntegrationHub.Domain.Events.MazlConversationRecorded;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// The school recorded its conversation about a MAZL finding (domain.md sections 6 and 8), pure: with pupil and parents,
/// about one of its own active MAZL findings, asking for a consult, it becomes a referral request for the routing stage;
/// otherwise the school hears why nothing goes to JGZ. MAZL signals never reach JGZ or leerplicht on their own.
/// </summary>
public static class MazlConversations
{
    /// <summary>A <see cref="MazlReferralRequested"/> (partner-bound) or a <see cref="MazlReferralBlocked"/> (to the school).</summary>
    public static object Answer(
        MazlConversationRecorded conversation, PupilState? state, MeldingContext context, string lvsPupilKey, SchoolMessageCause? cause, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(context);
        var referralId = ReferralId(conversation);
        var finding = state?.Signals.FirstOrDefault(s => s.SignalId == conversation.FindingId && s.Kind == SignalKind.MazlCriterium);
        var blocked = finding is null ? BlockReasons.FindingUnknown
            : !conversation.WithPupil || !conversation.WithParents ? BlockReasons.ConversationIncomplete
            : !conversation.ReferToJgz ? BlockReasons.ReferralNotRequested
            : context.Policy?.Melder is null ? BlockReasons.ConversationIncomplete
            : null;
        if (blocked is not null)
        {
            return new MazlReferralBlocked
            {
                School = new SchoolRef { Brin = conversation.School.Brin, Vestiging = conversation.School.Vestiging },
                ReferralId = referralId,
                FindingId = conversation.FindingId,
                LvsPupilKey = lvsPupilKey,
                Reason = blocked,
                BlockedAt = now,
            };
        }

        var profile = state!.ProfileAt(conversation.HeldOn);
        var melder = context.Policy!.Melder;
        return new MazlReferralRequested
        {
            ReferralId = referralId,
            FindingId = conversation.FindingId,
            Pupil = conversation.Pupil,
            Brin = conversation.School.Brin,
            Vestiging = conversation.School.Vestiging,
            LvsPupilKey = lvsPupilKey,
            SchoolType = profile.SchoolKind?.ToString().ToLowerInvariant() ?? "vo",
            Criterion = finding!.Criterion ?? finding.Rule,
            CriterionMetOn = finding.TriggeredOn,
            PeriodBegin = finding.Begindatum,
            PeriodEnd = finding.Einddatum,
            SickDays = finding.VerzuimDagen,
            ConversationHeldOn = conversation.HeldOn,
            BirthDate = profile.BirthDate,
            Woongemeente = profile.Woongemeente,
            SchoolMessageId = Guid.TryParse(conversation.EventId, out var id) ? id : Guid.Empty,
            TraceParent = cause?.TraceParent,
            Contact = new MelderRef { Naam = melder.Naam, Functie = melder.Functie, Telefoon = melder.Telefoon, Email = melder.Email },
            RequestedAt = now,
        };
    }

    /// <summary>The same conversation message gives the same referral id (a redelivery is the same referral).</summary>
    public static Guid ReferralId(MazlConversationRecorded conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"mazl-referral|{conversation.School.Brin}|{conversation.School.Vestiging}|{conversation.FindingId}|{conversation.EventId}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
