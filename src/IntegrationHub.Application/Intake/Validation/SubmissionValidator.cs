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
        var members = ContractScan.Check(message);
        if (members.Count > 0)
        {
            // The rules below do calendar arithmetic on these members: a year 9999 or 0001 would overflow it.
            return [.. rules.Reasons, .. members];
        }

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
                rules.FirstSchoolDay(m.FirstSchoolDay, m.BirthDate, SchoolToday(now), "firstSchoolDay");
                rules.Gemeente(m.WoongemeenteCode, "woongemeenteCode");
                rules.Known(m.SchoolType, "schoolType");
                break;
            case PupilProfileChanged m:
                ProfileChanged(rules, m, now);
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
            case MazlConversationRecorded m:
                rules.Text(m.FindingId, "findingId", IdLength);
                if (m.HeldOn > SchoolToday(now))
                {
                    rules.Fail(RejectionCodes.ConversationInFuture, "heldOn", "The conversation cannot have been held after today.");
                }

                break;
            case SchoolCalendarPublished m:
                Calendar(rules, m);
                break;
            case DecideVerzuimmelding m:
                Decision(rules, m);
                break;
            case VerzuimmeldingToelichtingConfirmed m:
                if (m.MeldingId == Guid.Empty)
                {
                    rules.Fail(RejectionCodes.MeldingIdEmpty, "meldingId", "The melding id may not be the empty GUID.");
                }

                rules.Text(m.Toelichting, "toelichting", ReasonLength);
                rules.Text(m.ConfirmedBy, "confirmedBy", 60);
                break;
            default:
                rules.Fail(RejectionCodes.TypeUnknown, string.Empty, $"{message.GetType().Name} is not an inbound V1 contract.");
                break;
        }

        return rules.Reasons;
    }

    /// <summary>Today's date where the schools are.</summary>
    private DateOnly SchoolToday(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _schoolTimeZone).DateTime);
}
