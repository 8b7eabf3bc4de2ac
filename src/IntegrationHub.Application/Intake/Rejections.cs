using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake;

/// <summary>Builds the reasons the reader and the stores give, so the codes and sentences stay consistent.</summary>
internal static class Rejections
{
    public static RejectionReason Unparseable(string? field, string message) => New(RejectionCodes.Unparseable, field, message);

    public static RejectionReason TypeMissing(string? field, string message) => New(RejectionCodes.TypeMissing, field, message);

    public static RejectionReason TypeUnknown(string? field, string message) => New(RejectionCodes.TypeUnknown, field, message);

    /// <summary>Names neither the other school nor anything about the pupil: only that the id is not the sender's.</summary>
    public static RejectionReason OtherSchoolsRecord(string field) => New(RejectionCodes.RecordOtherSchool, field,
        $"This {field} names a record of this pupil that another school location recorded; a school can correct, retract or re-send only its own records.");

    /// <summary>
    /// The melding is not one of the sender's school location: unknown, or another location's. Never says which, so a
    /// school cannot learn that a melding id exists elsewhere.
    /// </summary>
    public static RejectionReason UnknownMelding() => New(RejectionCodes.MeldingUnknown, "meldingId",
        "Deze melding is niet bekend bij deze school.");

    public static RejectionReason New(string code, string? field, string message) =>
        new() { Code = code, Field = field, Message = message };
}
