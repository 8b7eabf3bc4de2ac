using System.Collections;
using System.Collections.Concurrent;
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

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Members = new();

    public static IReadOnlyList<RejectionReason> Check(object contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var reasons = new List<RejectionReason>();
        Walk(contract, string.Empty, reasons, depth: 0);
        return reasons;
    }

    private static void Walk(object value, string path, List<RejectionReason> reasons, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        foreach (var property in Members.GetOrAdd(value.GetType(), Readable))
        {
            var member = property.GetValue(value);
            var at = path.Length == 0 ? Name(property) : $"{path}.{Name(property)}";
            switch (member)
            {
                case null:
                    break;
                case DateOnly date:
                    Date(date, at, reasons);
                    break;
                case DateTimeOffset moment:
                    Date(DateOnly.FromDateTime(moment.UtcDateTime), at, reasons);
                    break;
                case Enum code when !Enum.IsDefined(code.GetType(), code):
                    reasons.Add(Rejections.New(RejectionCodes.EnumUnknown, at, $"'{at}' is not a known {code.GetType().Name} code."));
                    break;
                case string:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        Item(item, $"{at}[{index++}]", reasons, depth);
                    }

                    break;
                default:
                    if (IsContract(member.GetType()))
                    {
                        Walk(member, at, reasons, depth + 1);
                    }

                    break;
            }
        }
    }

    private static void Item(object? item, string at, List<RejectionReason> reasons, int depth)
    {
        switch (item)
        {
            case DateOnly date:
                Date(date, at, reasons);
                break;
            case Enum code when !Enum.IsDefined(code.GetType(), code):
                reasons.Add(Rejections.New(RejectionCodes.EnumUnknown, at, $"'{at}' is not a known {code.GetType().Name} code."));
                break;
            case not null when IsContract(item.GetType()):
                Walk(item, at, reasons, depth + 1);
                break;
        }
    }

    private static void Date(DateOnly date, string at, List<RejectionReason> reasons)
    {
        if (date < Earliest || date > Latest)
        {
            reasons.Add(Rejections.New(RejectionCodes.DateOutOfRange, at, $"'{at}' lies outside the years 1900..2100."));
        }
    }

    private static bool IsContract(Type type) => type.Assembly == typeof(Envelope).Assembly && type.IsClass;

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    private static string Name(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
