using System.Text.RegularExpressions;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>
/// The meaning checks of an inbound contract (the reader already did the shape). Pure: the caller passes
/// <c>now</c>. Every failing rule gives its own reason; an empty list means valid.
/// </summary>
public sealed partial class SubmissionValidator
{
    private const int IdLength = 64;
    private readonly TimeSpan _clockSkew;
    private readonly TimeZoneInfo _schoolTimeZone;

    public SubmissionValidator(IOptions<IntakeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clockSkew = options.Value.ClockSkew;
        _schoolTimeZone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.SchoolTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public IReadOnlyList<RejectionReason> Validate(object message, SchoolIdentity sender, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        var rules = new RuleSet();
        Envelope(rules, Reading.InboundContracts.EnvelopeOf(message), sender, now);
        if (Reading.InboundContracts.PupilOf(message) is { } pupil)
        {
            Pupil(rules, pupil);
        }

        switch (message)
        {
            case AttendanceRegistered m:
                Attendance(rules, m.RegistrationId, m.Date, m.StartTime, m.Minutes, m.LvsReasonCode, now);
                rules.Known(m.Unit, "unit");
                rules.Known(m.Status, "status");
                rules.Known(m.ReasonCategory, "reasonCategory");
                break;
            case AttendanceCorrected m:
                Attendance(rules, m.RegistrationId, m.Date, m.StartTime, m.Minutes, m.LvsReasonCode, now);
                rules.Known(m.Unit, "unit");
                rules.Known(m.Status, "status");
                rules.Known(m.ReasonCategory, "reasonCategory");
                break;
            case AttendanceRetracted m:
                rules.Text(m.RegistrationId, "registrationId", IdLength);
                break;
            case PupilEnrolled m:
                rules.BirthDate(m.BirthDate, m.EnrolledOn, "birthDate");
                rules.Gemeente(m.WoongemeenteCode, "woongemeenteCode");
                rules.Known(m.SchoolType, "schoolType");
                break;
            case PupilProfileChanged m:
                ProfileChanged(rules, m);
                break;
            case PupilDeregistered m:
                rules.Known(m.Reason, "reason");
                if (m.DestinationSchool is not null)
                {
                    rules.School(m.DestinationSchool, "destinationSchool");
                }

                break;
            case SickReported m:
                rules.Text(m.SickReportId, "sickReportId", IdLength);
                rules.Known(m.ReportedBy, "reportedBy");
                break;
            case RecoveryReported m:
                rules.Text(m.SickReportId, "sickReportId", IdLength);
                break;
            case LeaveGranted m:
                rules.Text(m.LeaveId, "leaveId", IdLength);
                rules.Known(m.Kind, "kind");
                rules.Known(m.GrantedBy, "grantedBy");
                rules.Ordered(m.From, m.To, "from", "to");
                break;
            case SuspensionRegistered m:
                rules.Text(m.SuspensionId, "suspensionId", IdLength);
                rules.Ordered(m.From, m.To, "from", "to");
                break;
            case VrijstellingRegistered m:
                rules.Text(m.Artikel, "artikel", 8);
                rules.Ordered(m.From, m.To, "from", "to");
                break;
            case ZorgenvinkjeChanged:
                break;
            case ConsentGiven m:
                rules.Text(m.ConsentId, "consentId", IdLength);
                rules.Known(m.Scope, "scope");
                rules.Known(m.GivenBy, "givenBy");
                rules.Ordered(m.ValidFrom, m.ValidUntil, "validFrom", "validUntil");
                break;
            case ConsentWithdrawn m:
                rules.Text(m.ConsentId, "consentId", IdLength);
                break;
            case SchoolCalendarPublished m:
                Calendar(rules, m);
                break;
            default:
                rules.Fail(RejectionCodes.TypeUnknown, string.Empty, $"{message.GetType().Name} is not an inbound V1 contract.");
                break;
        }

        return rules.Reasons;
    }

    private void Envelope(RuleSet rules, Envelope? envelope, SchoolIdentity sender, DateTimeOffset now)
    {
        if (!rules.Required(envelope, "envelope"))
        {
            return;
        }

        if (envelope!.MessageId == Guid.Empty)
        {
            rules.Fail(RejectionCodes.MessageIdEmpty, "envelope.messageId", "The message id may not be the empty GUID.");
        }

        if (envelope.SchemaVersion is null || !SchemaVersionPattern().IsMatch(envelope.SchemaVersion))
        {
            rules.Fail(RejectionCodes.SchemaVersion, "envelope.schemaVersion", "This endpoint reads schema version 1.x.");
        }

        rules.Text(envelope.SourceSystem, "envelope.sourceSystem", IdLength);
        rules.School(envelope.School, "envelope.school");
        if (envelope.School is { Brin: var brin } && RuleSet.IsBrin(brin) && !string.Equals(brin, sender.Brin, StringComparison.Ordinal))
        {
            rules.Fail(RejectionCodes.BrinMismatch, "envelope.school.brin", "The BRIN in the envelope is not the BRIN this connection is authorised for.");
        }

        if (envelope.OccurredAt > now + _clockSkew)
        {
            rules.Fail(RejectionCodes.OccurredInFuture, "envelope.occurredAt", "The moment the fact happened lies in the future.");
        }
    }

    private static void Pupil(RuleSet rules, PupilRef pupil)
    {
        rules.Known(pupil.NummerSoort, "pupil.nummerSoort");
        rules.Text(pupil.LvsPupilKey, "pupil.lvsPupilKey", IdLength);
        if (Enum.IsDefined(pupil.NummerSoort) && PersoonsgebondenNummer.Check(pupil.NummerSoort, pupil.PersoonsgebondenNummer) is { } code)
        {
            rules.Fail(code, "pupil.persoonsgebondenNummer", code switch
            {
                RejectionCodes.NummerFormat => "A persoonsgebonden nummer is exactly 9 digits.",
                RejectionCodes.BsnElfproef => "The BSN does not pass the elfproef.",
                _ => "The onderwijsnummer does not start with 10 or does not pass its check.",
            });
        }
    }

    private void Attendance(RuleSet rules, string registrationId, DateOnly date, TimeOnly start, int minutes, string? lvsReasonCode, DateTimeOffset now)
    {
        rules.Text(registrationId, "registrationId", IdLength);
        if (minutes is < 1 or > 600)
        {
            rules.Fail(RejectionCodes.MinutesOutOfRange, "minutes", "Minutes must lie between 1 and 600.");
        }

        var local = date.ToDateTime(start, DateTimeKind.Unspecified);
        var startsAt = new DateTimeOffset(local, _schoolTimeZone.GetUtcOffset(local));
        if (startsAt > now + _clockSkew)
        {
            rules.Fail(RejectionCodes.AttendanceInFuture, "date", "Attendance cannot be registered for a lesson or dagdeel that has not started.");
        }

        if (lvsReasonCode is not null && !LvsReasonCodePattern().IsMatch(lvsReasonCode))
        {
            rules.Fail(RejectionCodes.LvsReasonCode, "lvsReasonCode", "The LVS reason code is a short code (1..32 letters, digits or . _ : / -), never free text.");
        }
    }

    private static void ProfileChanged(RuleSet rules, PupilProfileChanged m)
    {
        if (m.BirthDate is { } birthDate)
        {
            rules.BirthDate(birthDate, m.EffectiveFrom, "birthDate");
        }

        if (m.WoongemeenteCode is not null)
        {
            rules.Gemeente(m.WoongemeenteCode, "woongemeenteCode");
        }

        if (m.SchoolType is { } schoolType)
        {
            rules.Known(schoolType, "schoolType");
        }
    }

    private static void Calendar(RuleSet rules, SchoolCalendarPublished m)
    {
        var year = SchoolYearPattern().Match(m.SchoolYear ?? string.Empty);
        if (!year.Success || int.Parse(year.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            != int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
        {
            rules.Fail(RejectionCodes.SchoolYearFormat, "schoolYear", "A school year is written as two consecutive years, e.g. 2026-2027.");
        }

        rules.Known(m.Region, "region");
        for (var i = 0; i < (m.Holidays?.Count ?? 0); i++)
        {
            var holiday = m.Holidays![i];
            rules.Text(holiday.Name, $"holidays[{i}].name", IdLength);
            rules.Ordered(holiday.From, holiday.To, $"holidays[{i}].from", $"holidays[{i}].to");
        }
    }

    [GeneratedRegex(@"^1(\.[0-9]+)?$")]
    private static partial Regex SchemaVersionPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,31}$")]
    private static partial Regex LvsReasonCodePattern();

    [GeneratedRegex("^([0-9]{4})-([0-9]{4})$")]
    private static partial Regex SchoolYearPattern();
}
