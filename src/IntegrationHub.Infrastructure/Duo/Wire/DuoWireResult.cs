using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// A normal answer that carries either a value or DUO's business errors (aanvraag gewijzigde meldingen, opvragen
/// meldingen). Business errors are data, not faults: they are never retried.
/// </summary>
public sealed record DuoWireResult<T>(T? Value, IReadOnlyList<DuoBusinessError> Errors)
    where T : class
{
    public bool IsSuccess => Value is not null && Errors.Count == 0;

    public static DuoWireResult<T> Success(T value) => new(value, []);

    public static DuoWireResult<T> Refused(IReadOnlyList<DuoBusinessError> errors) => new(null, errors);
}
