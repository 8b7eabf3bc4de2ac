using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Tests.Support;

/// <summary>What a result changed, as one comparable line: +raised ~updated -withdrawn signal ids, ordinal order.</summary>
public static class ResultIds
{
    public static string Of(SignaleringResult result) => string.Join(' ',
        result.Raised.Select(s => "+" + s.SignalId)
            .Concat(result.Updated.Select(s => "~" + s.SignalId))
            .Concat(result.Withdrawn.Select(w => "-" + w.SignalId))
            .Order(StringComparer.Ordinal));
}
