namespace IntegrationHub.Application.Partners;

/// <summary>
/// The coded reasons the partner gateway refuses a message (kept in partner_rejections and logged, never with a value).
/// The reader's codes are the intake's, so a partner's developer and a school's read the same words.
/// </summary>
public static class PartnerRejectionCodes
{
    /// <summary>No partner user vouches for it: no user_id, not "partner-&lt;org&gt;", or not through that organisation's exchange.</summary>
    public const string SenderUnknown = "sender.unknown";

    public const string Unparseable = Intake.RejectionCodes.Unparseable;
    public const string TypeMissing = Intake.RejectionCodes.TypeMissing;
    public const string TypeUnknown = Intake.RejectionCodes.TypeUnknown;
    public const string FieldRequired = Intake.RejectionCodes.FieldRequired;
    public const string FieldUnknown = Intake.RejectionCodes.FieldUnknown;
    public const string FieldInvalid = Intake.RejectionCodes.FieldInvalid;
    public const string FieldTooLong = Intake.RejectionCodes.FieldTooLong;
    public const string EnumUnknown = Intake.RejectionCodes.EnumUnknown;

    public const string MessageIdEmpty = "message.id-empty";

    /// <summary>Status afgesloten needs a reden afgesloten (DUO's list).</summary>
    public const string RedenRequired = "status.reden-required";

    /// <summary>A reden afgesloten or toelichting afsluiting on a status other than afgesloten.</summary>
    public const string RedenUnexpected = "status.reden-unexpected";

    public const string SetAtFuture = "status.set-at-future";

    public const string GivenAtFuture = "advice.given-at-future";

    public const string StartHoursRange = "advice.start-hours-range";

    public const string AdjustmentRepeated = "advice.adjustment-repeated";

    /// <summary>The melding was not routed to this organisation (never says whether it exists elsewhere).</summary>
    public const string MeldingUnknown = Intake.RejectionCodes.MeldingUnknown;

    /// <summary>No referral of this id was sent to this JGZ (never says whether it exists elsewhere).</summary>
    public const string ReferralUnknown = "referral.unknown";

    /// <summary>The message failed again and again while the database answered: kept here instead of looping.</summary>
    public const string ProcessingFailed = "processing.failed";
}
