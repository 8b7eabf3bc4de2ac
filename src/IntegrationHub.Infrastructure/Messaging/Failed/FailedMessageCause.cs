using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>
/// Why a message failed, normalised so that the same fault of many messages groups under one key: ids, numbers and
/// quoted values are taken out of the exception's message (they are what differs between messages, and may be personal).
/// </summary>
public sealed partial record FailedMessageCause(string ExceptionType, string Reason)
{
    private const int MaxReasonLength = 300;

    public static FailedMessageCause From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return new FailedMessageCause(inner.GetType().FullName ?? inner.GetType().Name, Normalise(inner.Message));
    }

    public static string Normalise(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = Guids().Replace(message, "{id}");
        text = Quoted().Replace(text, "{value}");
        text = Numbers().Replace(text, "{n}");
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }

    /// <summary>Cause and message type, hashed to a short key: the same fault of the same kind of message.</summary>
    public string GroupKey(string messageType)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ExceptionType}\n{Reason}\n{messageType}"));
        return Convert.ToHexStringLower(hash)[..16];
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\([^()]*\)=\([^()]*\)|\([^()]*=[^()]*\)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\w.:-]*\d[\w.:-]*")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
