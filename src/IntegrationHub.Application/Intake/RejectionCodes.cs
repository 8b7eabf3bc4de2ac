namespace IntegrationHub.Application.Intake;

/// <summary>The machine-readable codes a school can get back in <c>SubmissionRejected.Reasons</c>.</summary>
public static class RejectionCodes
{
    public const string Unparseable = "message.unparseable";
    public const string TypeMissing = "message.type-missing";
    public const string TypeUnknown = "message.type-unknown";
    public const string MessageIdTaken = "message.id-taken";
    public const string FieldRequired = "field.required";
    public const string FieldUnknown = "field.unknown";
    public const string FieldInvalid = "field.invalid";
    public const string FieldTooLong = "field.too-long";
    public const string EnumUnknown = "enum.unknown";

    /// <summary>A text (or member name) holds a control character (NUL, escape, C1...); tab, CR and LF excepted.</summary>
    public const string FieldControlCharacter = "field.control-character";

    /// <summary>A text holds a lone UTF-16 surrogate (an escape like \ud800 without its pair): not valid Unicode.</summary>
    public const string FieldInvalidUnicode = "field.invalid-unicode";

    /// <summary>A date or time outside the years the hub accepts (1900..2100), e.g. 9999-12-31 or 0001-01-01.</summary>
    public const string DateOutOfRange = "date.out-of-range";

    /// <summary>The body is larger than the intake reads (Intake:MaxBodyBytes); it was not parsed.</summary>
    public const string BodyTooLarge = "message.too-large";

    /// <summary>The transport named the message type with characters no type name has.</summary>
    public const string TypeInvalid = "message.type-invalid";
    public const string MessageIdEmpty = "envelope.message-id-empty";
    public const string SchemaVersion = "envelope.schema-version";
    public const string OccurredInFuture = "envelope.occurred-at-future";
    public const string BrinFormat = "school.brin-format";
    public const string VestigingFormat = "school.vestiging-format";
    public const string BrinMismatch = "school.brin-mismatch";
    public const string NummerFormat = "pupil.nummer-format";
    public const string BsnElfproef = "pupil.bsn-elfproef";
    public const string OnderwijsnummerCheck = "pupil.onderwijsnummer-check";
    public const string BirthDateImplausible = "pupil.birth-date-implausible";

    public const string FirstSchoolDayImplausible = "pupil.first-school-day-implausible";
    public const string DateRangeInverted = "date.range-inverted";
    public const string MinutesOutOfRange = "attendance.minutes-range";
    public const string AttendanceInFuture = "attendance.date-future";
    public const string GemeenteCode = "gemeente.code-format";
    public const string LvsReasonCode = "attendance.lvs-reason-code";
    public const string SchoolYearFormat = "calendar.school-year-format";
    public const string RecordOtherSchool = "record.other-school";
    public const string MeldingIdEmpty = "melding.id-empty";
    public const string MeldingReasonRequired = "melding.reason-required";
    public const string MeldingUnknown = "melding.unknown";
    public const string ConversationInFuture = "mazl.conversation-date-future";
}
