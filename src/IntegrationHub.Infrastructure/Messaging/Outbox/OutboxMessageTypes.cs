using System.Collections.Frozen;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// The explicit map of message types the relay may send: outbox message_type (the CLR full name) to CLR type.
/// The intake's are built in; others are added with <c>services.AddOutboxMessageType&lt;T&gt;()</c>.
/// </summary>
public sealed class OutboxMessageTypes
{
    private readonly FrozenDictionary<string, Type> _byName;

    public OutboxMessageTypes(IEnumerable<OutboxMessageType> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        _byName = registrations.Select(r => r.Type).Distinct()
            .ToFrozenDictionary(NameOf, StringComparer.Ordinal);
    }

    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FullName ?? type.Name;
    }

    public bool TryResolve(string name, out Type type) => _byName.TryGetValue(name, out type!);
}

/// <summary>One registration for <see cref="OutboxMessageTypes"/>.</summary>
public sealed record OutboxMessageType(Type Type);
