namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>One sick episode: consecutive sick school days, with the registrations and sick reports behind them.</summary>
internal sealed record SickEpisode(DateOnly First, DateOnly Last, IReadOnlyList<string> RecordIds);
