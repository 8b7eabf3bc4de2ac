using System.Reflection;
using MassTransit;

namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>
/// A <see cref="ConsumeContext{T}"/> that carries only what the routing consumers read (the message, its id, a
/// cancellation token), so the property test calls the real consumers directly, 100,000 pupils fast. Anything else
/// the consumer touched would throw, so the test cannot silently skip a part of the consumer.
/// </summary>
public class DirectConsumeContext<T> : DispatchProxy
    where T : class
{
    private T _message = null!;
    private Guid _messageId;

    public static ConsumeContext<T> For(T message, Guid messageId)
    {
        var context = Create<ConsumeContext<T>, DirectConsumeContext<T>>();
        var proxy = (DirectConsumeContext<T>)(object)context;
        proxy._message = message;
        proxy._messageId = messageId;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Message" => _message,
        "get_MessageId" => (Guid?)_messageId,
        "get_CancellationToken" => CancellationToken.None,
        _ => throw new NotSupportedException($"The property test's consume context has no {targetMethod?.Name}."),
    };
}
