using System.Text.RegularExpressions;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>The rules every pupil message shares: envelope and pupil reference.</summary>
public sealed partial class SubmissionValidator
{
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

    [GeneratedRegex(@"^1(\.[0-9]+)?$")]
    private static partial Regex SchemaVersionPattern();
}
