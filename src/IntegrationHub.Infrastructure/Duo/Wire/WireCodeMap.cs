namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>A fixed two-way list between the hub's contract codes (kebab-case) and the codes on the DUO wire.</summary>
public sealed class WireCodeMap
{
    private readonly Dictionary<string, string> _toWire;
    private readonly Dictionary<string, string> _fromWire;

    internal WireCodeMap(string listName, IReadOnlyDictionary<string, string> contractToWire)
    {
        ListName = listName;
        _toWire = new Dictionary<string, string>(contractToWire, StringComparer.Ordinal);
        _fromWire = contractToWire.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The list's name, for messages ("reden afgesloten").</summary>
    public string ListName { get; }

    /// <summary>The contract codes, in list order.</summary>
    public IReadOnlyCollection<string> ContractCodes => _toWire.Keys;

    /// <summary>The wire code of a contract code; <see cref="ArgumentOutOfRangeException"/> when it is not on the list.</summary>
    public string ToWire(string contractCode) =>
        _toWire.TryGetValue(contractCode, out var wire)
            ? wire
            : throw new ArgumentOutOfRangeException(nameof(contractCode), $"Not a {ListName} code of the hub.");

    /// <summary>The contract code of a wire code; <see cref="DuoWireFormatException"/> when DUO sent a code not on the list.</summary>
    public string FromWire(string wireCode) =>
        _fromWire.TryGetValue(wireCode, out var contract)
            ? contract
            : throw new DuoWireFormatException($"Unknown {ListName} code on the DUO wire.");
}
