using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>
/// The checks every member of a contract gets, whatever the contract: each date lies in 1900..2100 (a year 9999 or
/// 0001 would overflow the calendar arithmetic of the rules and means nothing at a school), and each enum value is one
/// of its list (a number outside it passes the JSON reader). Walks the contract's public properties, nested contract
/// records and lists of them, by reflection once per type: one rule for every member, so a member added later is
/// covered too. The first faults found are the reasons; they name the path, never the value.
/// </summary>
public static class ContractScan
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static IReadOnlyList<RejectionReason> Check(object contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var reasons = new List<RejectionReason>();
        Walk(contract, [], reasons, depth: 0);
        return reasons;
    }

    // The path of the member being checked is kept as a stack of segments and written out only for a fault: building
    // it for every member of every message was a visible part of the intake's profile, with the reflection reads.
    private static void Walk(object value, List<string> path, List<RejectionReason> reasons, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Readable))
        {
            var content = member.Read(value);
            path.Add(member.Name);
            switch (content)
            {
                case null:
                case string:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(Index(index++));
                        Item(item, path, reasons, depth);
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
                default:
                    Item(content, path, reasons, depth);
                    break;
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static void Item(object? item, List<string> path, List<RejectionReason> reasons, int depth)
    {
        switch (item)
        {
            case DateOnly date:
                Date(date, path, reasons);
                break;
            case DateTimeOffset moment:
                Date(DateOnly.FromDateTime(moment.UtcDateTime), path, reasons);
                break;
            case Enum code when !Enum.IsDefined(code.GetType(), code):
                var at = At(path);
                reasons.Add(Rejections.New(RejectionCodes.EnumUnknown, at, $"'{at}' is not a known {code.GetType().Name} code."));
                break;
            case not null when IsContract(item.GetType()):
                Walk(item, path, reasons, depth + 1);
                break;
        }
    }

    private static void Date(DateOnly date, List<string> path, List<RejectionReason> reasons)
    {
        if (date < Earliest || date > Latest)
        {
            var at = At(path);
            reasons.Add(Rejections.New(RejectionCodes.DateOutOfRange, at, $"'{at}' lies outside the years 1900..2100."));
        }
    }

    /// <summary>"envelope.school.brin", "absences[2].date": members joined by dots, list positions in brackets.</summary>
    private static string At(List<string> path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            if (text.Length > 0 && segment[0] != '[')
            {
                text.Append('.');
            }

            text.Append(segment);
        }

        return text.ToString();
    }

    private static string Index(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{index}]");

    private static bool IsContract(Type type) => type.Assembly == typeof(Envelope).Assembly && type.IsClass;

    private static Member[] Readable(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(property =>
        {
            var instance = Expression.Parameter(typeof(object), "contract");
            var read = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
            return new Member(JsonNamingPolicy.CamelCase.ConvertName(property.Name), Expression.Lambda<Func<object, object?>>(read, instance).Compile());
        }),
    ];

    /// <summary>A contract member: its JSON name and a compiled reader (reflection's GetValue on every read was slow).</summary>
    private sealed record Member(string Name, Func<object, object?> Read);
}
