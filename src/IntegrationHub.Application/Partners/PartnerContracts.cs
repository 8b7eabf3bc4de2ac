using System.Collections.Frozen;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// The V1 messages a partner may send (<see cref="ContractTypes.FromPartner"/>), by short name ("PartnerStatusSet") or by
/// MassTransit urn ("urn:message:IntegrationHub.Contracts.V1:PartnerStatusSet").
/// </summary>
public static class PartnerContracts
{
    private static readonly FrozenDictionary<string, Type> ByName =
        ContractTypes.FromPartner.ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    public static bool TryResolve(string? name, out Type type)
    {
        type = typeof(object);
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var shortName = name.StartsWith(Intake.Reading.InboundContracts.UrnPrefix, StringComparison.Ordinal)
            ? name[Intake.Reading.InboundContracts.UrnPrefix.Length..]
            : name;
        return ByName.TryGetValue(shortName, out type!);
    }

    public static Guid MessageIdOf(object message) => message switch
    {
        PartnerStatusSet m => m.MessageId,
        JgzAdviceGiven m => m.MessageId,
        _ => throw new ArgumentException($"{message.GetType().Name} is not a partner contract.", nameof(message)),
    };
}
