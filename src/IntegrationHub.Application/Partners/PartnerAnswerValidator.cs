using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// What the JSON reader cannot check: empty ids, enum values given as numbers outside the list, afgesloten without a
/// reden, field lengths (Besluit Verzuimmelding: naam 100, functie 60, e-mail 100), times in the future. Pure: takes
/// <c>now</c>. Returns every reason at once.
/// </summary>
public static class PartnerAnswerValidator
{
    /// <summary>How far a partner's clock may run ahead of the hub's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int TraceParentMaxLength = 128;

    public static IReadOnlyList<RejectionReason> Validate(object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var members = Intake.Validation.ContractScan.Check(message);
        return members.Count > 0 ? members : message switch
        {
            PartnerStatusSet status => Validate(status, now),
            JgzAdviceGiven advice => Validate(advice, now),
            _ => throw new ArgumentException($"{message.GetType().Name} is not a partner contract.", nameof(message)),
        };
    }

    public static IReadOnlyList<RejectionReason> Validate(PartnerStatusSet status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(status);
        var reasons = new List<RejectionReason>();
        RequireId(reasons, status.MessageId, status.MeldingId, "meldingId");
        RequireDefined(reasons, status.Status, "status");
        if (status.RedenAfgesloten is { } reden)
        {
            RequireDefined(reasons, reden, "redenAfgesloten");
        }

        if (status.ToelichtingAfsluiting is { } toelichting)
        {
            RequireDefined(reasons, toelichting, "toelichtingAfsluiting");
        }

        if (status.Status == PartnerStatus.Afgesloten && status.RedenAfgesloten is null)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.RedenRequired, "redenAfgesloten", "Status afgesloten needs a redenAfgesloten."));
        }

        if (status.Status != PartnerStatus.Afgesloten && (status.RedenAfgesloten is not null || status.ToelichtingAfsluiting is not null))
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.RedenUnexpected, status.RedenAfgesloten is not null ? "redenAfgesloten" : "toelichtingAfsluiting",
                "A redenAfgesloten or toelichtingAfsluiting belongs only to status afgesloten."));
        }

        if (status.Contactpersoon is { } contact)
        {
            RequireText(reasons, contact.Naam, "contactpersoon.naam", 100);
            RequireText(reasons, contact.Functie, "contactpersoon.functie", 60);
            RequireText(reasons, contact.Telefoon, "contactpersoon.telefoon", 30);
            RequireText(reasons, contact.Email, "contactpersoon.email", 100);
        }

        if (status.SetAt > now + ClockSkew)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.SetAtFuture, "setAt", "setAt lies in the future."));
        }

        CheckTraceParent(reasons, status.TraceParent);
        return reasons;
    }

    public static IReadOnlyList<RejectionReason> Validate(JgzAdviceGiven advice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var reasons = new List<RejectionReason>();
        RequireId(reasons, advice.MessageId, advice.ReferralId, "referralId");
        RequireDefined(reasons, advice.Participation, "participation");
        RequireDefined(reasons, advice.LoadCapacity, "loadCapacity");
        for (var i = 0; i < advice.Adjustments.Count; i++)
        {
            RequireDefined(reasons, advice.Adjustments[i], $"adjustments[{i}]");
        }

        if (advice.Adjustments.Distinct().Count() != advice.Adjustments.Count)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.AdjustmentRepeated, "adjustments", "An adjustment is named more than once."));
        }

        if (advice.StartHoursPerWeek is < 0 or > 40)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.StartHoursRange, "startHoursPerWeek", "startHoursPerWeek must be between 0 and 40."));
        }

        if (advice.GivenAt > now + ClockSkew)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.GivenAtFuture, "givenAt", "givenAt lies in the future."));
        }

        CheckTraceParent(reasons, advice.TraceParent);
        return reasons;
    }

    private static void RequireId(List<RejectionReason> reasons, Guid messageId, Guid subjectId, string subjectField)
    {
        if (messageId == Guid.Empty)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.MessageIdEmpty, "messageId", "messageId may not be the empty GUID."));
        }

        if (subjectId == Guid.Empty)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.FieldRequired, subjectField, $"{subjectField} may not be the empty GUID."));
        }
    }

    private static void RequireDefined<TEnum>(List<RejectionReason> reasons, TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.EnumUnknown, field, $"Unknown {typeof(TEnum).Name} code at '{field}'."));
        }
    }

    private static void RequireText(List<RejectionReason> reasons, string value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.FieldRequired, field, $"{field} may not be empty."));
        }
        else if (value.Length > maxLength)
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.FieldTooLong, field, $"{field} is longer than {maxLength} characters."));
        }
        else if (value.Any(char.IsControl))
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.FieldInvalid, field, $"{field} contains a control character."));
        }
    }

    private static void CheckTraceParent(List<RejectionReason> reasons, string? traceParent)
    {
        if (traceParent is { Length: > TraceParentMaxLength })
        {
            reasons.Add(PartnerRejections.New(PartnerRejectionCodes.FieldTooLong, "traceParent", $"traceParent is longer than {TraceParentMaxLength} characters."));
        }
    }
}
