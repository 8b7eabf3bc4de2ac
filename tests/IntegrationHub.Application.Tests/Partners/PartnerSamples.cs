using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Partners;

/// <summary>Partner messages, the state they answer, and the bytes a partner would publish.</summary>
internal static class PartnerSamples
{
    public const string Leerplicht = "rbl-eem-en-vallei";
    public const string OtherLeerplicht = "rbl-utrecht-zuid";
    public const string Jgz = "jgz-ggd-regio-utrecht";
    public const string Pupil = "pseudonym-1";
    public const string PartnerTraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    public static readonly DateTimeOffset Now = new(2027, 11, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid MeldingId = Guid.Parse("0195c8a0-0000-7000-8000-000000000001");
    public static readonly Guid ReferralId = Guid.Parse("0195c8a0-0000-7000-8000-000000000002");

    public static PartnerStatusSet Status(PartnerStatus status = PartnerStatus.InBehandeling) => new()
    {
        MessageId = Guid.NewGuid(),
        MeldingId = MeldingId,
        Status = status,
        RedenAfgesloten = status == PartnerStatus.Afgesloten ? RedenAfgesloten.TerugNaarSchool : null,
        ToelichtingAfsluiting = status == PartnerStatus.Afgesloten ? ToelichtingAfsluiting.LeerlingGezienDoorGemeente : null,
        Contactpersoon = new ContactpersoonRef { Naam = "J. de Vries", Functie = "leerplichtambtenaar", Telefoon = "030-1234567", Email = "leerplicht@example.nl" },
        SetAt = Now.AddMinutes(-5),
        TraceParent = PartnerTraceParent,
    };

    public static JgzAdviceGiven Advice() => new()
    {
        MessageId = Guid.NewGuid(),
        ReferralId = ReferralId,
        Participation = AdviceParticipation.Gedeeltelijk,
        LoadCapacity = AdviceLoadCapacity.Beperkt,
        ExpectedFullReturnOn = new DateOnly(2027, 12, 6),
        StartHoursPerWeek = 12,
        Adjustments = [AdviceAdjustment.AangepastRooster, AdviceAdjustment.Rustmomenten],
        FollowUpOn = new DateOnly(2027, 11, 29),
        GivenAt = Now.AddHours(-1),
        TraceParent = PartnerTraceParent,
    };

    public static PartnerMelding RoutedMelding(string organisationId = Leerplicht) =>
        new(MeldingId, organisationId, PartnerKind.Leerplicht, Pupil, "12AB", "00", "LVS-1001", "GM0344");

    public static PartnerReferral SentReferral(string organisationId = Jgz) =>
        new(ReferralId, organisationId, Pupil, "12AB", "00", "LVS-1001");

    public static ConsentRecord AdviceConsent(string givenBy = "parents-and-pupil", DateOnly? withdrawnOn = null) =>
        new("consent-7", Pupil, "12AB", "00", "jgz-advice-to-school", givenBy, new DateOnly(2027, 9, 1), new DateOnly(2028, 7, 31), withdrawnOn);

    public static byte[] Json(object message) => JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), JsonSerializerOptions.Web);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A message as it comes from <paramref name="organisationId"/>'s own user through its own exchange.</summary>
    public static PartnerAnswer From(string organisationId, object message) =>
        new(Json(message), message.GetType().Name, "application/json", Topology.PartnerUser(organisationId), Topology.PartnerInboundExchange(organisationId));
}
