using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake;

/// <summary>Builds the reasons the reader gives, so the codes and sentences stay consistent.</summary>
internal static class Rejections
{
    public static RejectionReason Unparseable(string? field, string message) => New(RejectionCodes.Unparseable, field, message);

    public static RejectionReason TypeMissing(string? field, string message) => New(RejectionCodes.TypeMissing, field, message);

    public static RejectionReason TypeUnknown(string? field, string message) => New(RejectionCodes.TypeUnknown, field, message);

    public static RejectionReason New(string code, string? field, string message) =>
        new() { Code = code, Field = field, Message = message };
}
