using System.Collections.Frozen;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// The V1 messages a school may send (the list is <see cref="ContractTypes.Inbound"/>). A type is known by its short name
/// ("AttendanceRegistered") or by its MassTransit urn ("urn:message:IntegrationHub.Contracts.V1:AttendanceRegistered").
/// </summary>
public static class InboundContracts
{
    public const string UrnPrefix = "urn:message:IntegrationHub.Contracts.V1:";

    /// <summary>By short name, from the published list in <see cref="ContractTypes.Inbound"/>.</summary>
    private static readonly FrozenDictionary<string, Type> ByName =
        ContractTypes.Inbound.ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    /// <summary>Finds the contract named by a short name or urn; false when it is not an inbound V1 contract.</summary>
    public static bool TryResolve(string? name, out Type type)
    {
        type = typeof(object);
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var shortName = name.StartsWith(UrnPrefix, StringComparison.Ordinal) ? name[UrnPrefix.Length..] : name;
        if (ByName.TryGetValue(shortName, out var found))
        {
            type = found;
            return true;
        }

        return false;
    }

    /// <summary>The envelope every inbound contract carries.</summary>
    public static Envelope? EnvelopeOf(object message) => message switch
    {
        AttendanceRegistered m => m.Envelope,
        AttendanceCorrected m => m.Envelope,
        AttendanceRetracted m => m.Envelope,
        PupilEnrolled m => m.Envelope,
        PupilProfileChanged m => m.Envelope,
        PupilDeregistered m => m.Envelope,
        SickReported m => m.Envelope,
        RecoveryReported m => m.Envelope,
        LeaveGranted m => m.Envelope,
        SuspensionRegistered m => m.Envelope,
        VrijstellingRegistered m => m.Envelope,
        ZorgenvinkjeChanged m => m.Envelope,
        ConsentGiven m => m.Envelope,
        ConsentWithdrawn m => m.Envelope,
        MazlConversationRecorded m => m.Envelope,
        VerzuimmeldingToelichtingConfirmed m => m.Envelope,
        SchoolCalendarPublished m => m.Envelope,
        DecideVerzuimmelding m => m.Envelope,
        _ => null,
    };

    /// <summary>The pupil a contract is about; null for school-level messages (the calendar) and for a
    /// decision about a melding (<see cref="DecideVerzuimmelding"/> names a melding, not a pupil).</summary>
    public static PupilRef? PupilOf(object message) => message switch
    {
        AttendanceRegistered m => m.Pupil,
        AttendanceCorrected m => m.Pupil,
        AttendanceRetracted m => m.Pupil,
        PupilEnrolled m => m.Pupil,
        PupilProfileChanged m => m.Pupil,
        PupilDeregistered m => m.Pupil,
        SickReported m => m.Pupil,
        RecoveryReported m => m.Pupil,
        LeaveGranted m => m.Pupil,
        SuspensionRegistered m => m.Pupil,
        VrijstellingRegistered m => m.Pupil,
        ZorgenvinkjeChanged m => m.Pupil,
        ConsentGiven m => m.Pupil,
        ConsentWithdrawn m => m.Pupil,
        MazlConversationRecorded m => m.Pupil,
        _ => null,
    };
}
