namespace IntegrationHub.Application.Partners;

/// <summary>The result for one partner message, with the coded reasons of a rejection or withheld advice.</summary>
public sealed record PartnerAnswerOutcome(PartnerAnswerResult Result, string? OrganisationId, Guid? MessageId, IReadOnlyList<string> Codes);
