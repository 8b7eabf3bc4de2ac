using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>Builds the partner gateway's reasons, so codes and sentences stay consistent. Sentences never echo a value.</summary>
public static class PartnerRejections
{
    public static RejectionReason SenderUnknown() => New(PartnerRejectionCodes.SenderUnknown, null,
        "No partner user vouches for this message: publish on your own exchange partner.<org>.in with the AMQP user_id property set to your user partner-<org>.");

    /// <summary>Never says whether the melding exists, or was routed elsewhere.</summary>
    public static RejectionReason MeldingUnknown() => New(PartnerRejectionCodes.MeldingUnknown, "meldingId",
        "This melding was not routed to your organisation.");

    /// <summary>Never says whether the referral exists, or went to another JGZ.</summary>
    public static RejectionReason ReferralUnknown() => New(PartnerRejectionCodes.ReferralUnknown, "referralId",
        "No MAZL referral with this id was sent to your organisation.");

    public static RejectionReason ProcessingFailed() => New(PartnerRejectionCodes.ProcessingFailed, null,
        "The hub could not process this message after repeated attempts; an operator has it.");

    public static RejectionReason New(string code, string? field, string message) =>
        new() { Code = code, Field = field, Message = message };
}
