using System.Collections.Frozen;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Persistence;

/// <summary>
/// The ledger's event_type names and their CLR types, listed explicitly (no assembly scanning). A name is
/// stored with every row: never rename one; add a new one.
/// </summary>
public static class PupilEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = new Dictionary<string, Type>
    {
        ["AttendanceRecorded"] = typeof(AttendanceRecorded),
        ["AttendanceRetracted"] = typeof(AttendanceRetracted),
        ["PupilEnrolled"] = typeof(PupilEnrolled),
        ["PupilProfileChanged"] = typeof(PupilProfileChanged),
        ["PupilDeregistered"] = typeof(PupilDeregistered),
        ["SickReported"] = typeof(SickReported),
        ["RecoveryReported"] = typeof(RecoveryReported),
        ["LeaveGranted"] = typeof(LeaveGranted),
        ["SuspensionRegistered"] = typeof(SuspensionRegistered),
        ["VrijstellingRegistered"] = typeof(VrijstellingRegistered),
        ["ZorgenvinkjeChanged"] = typeof(ZorgenvinkjeChanged),
        ["ConsentRecorded"] = typeof(ConsentRecorded),
        ["MazlConversationRecorded"] = typeof(MazlConversationRecorded),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> ByType = ByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string NameOf(PupilEvent pupilEvent)
    {
        ArgumentNullException.ThrowIfNull(pupilEvent);
        return ByType.TryGetValue(pupilEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"{pupilEvent.GetType().Name} has no ledger event type name.", nameof(pupilEvent));
    }

    public static Type TypeOf(string eventType) =>
        ByName.TryGetValue(eventType, out var type)
            ? type
            : throw new ArgumentException($"Unknown ledger event type '{eventType}'.", nameof(eventType));
}
