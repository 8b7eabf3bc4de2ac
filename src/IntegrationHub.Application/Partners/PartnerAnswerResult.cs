namespace IntegrationHub.Application.Partners;

/// <summary>What became of a partner message. Every one of them is durable when returned: the gateway may acknowledge it.</summary>
public enum PartnerAnswerResult
{
    /// <summary>A status: stored, and queued for DUO (the school hears it once DUO's register returns it).</summary>
    Accepted,

    /// <summary>JGZ advice: stored and queued for the school on consent, with its disclosure entry.</summary>
    PassedOn,

    /// <summary>JGZ advice: stored, not passed on (no valid consent).</summary>
    Withheld,

    /// <summary>Already processed (same organisation, same MessageId): nothing changed.</summary>
    Repeat,

    /// <summary>Refused and kept in partner_rejections with the reasons.</summary>
    Rejected,
}
