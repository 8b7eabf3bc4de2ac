using IntegrationHub.Console.Tests.Bureau;

namespace IntegrationHub.Console.Tests.EveryPage;

/// <summary>
/// What <see cref="PopulatedHubFixture"/> made: the melding registered at DUO (the bureau's and the school's detail pages),
/// the referral the JGZ advised on and its pupil's LVS key, the pupil with a provisional finding, the parked melding and
/// the failed message's id.
/// </summary>
public sealed record PopulatedHub(
    RegisteredMelding Melding, Guid ReferralId, string AdvisedPupilKey, string ProvisionalPupilKey, Guid ParkedMeldingId, Guid FailedMessageId);
