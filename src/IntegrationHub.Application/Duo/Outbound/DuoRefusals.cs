using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// Why the hub refuses to make a DUO document: codes (prefixed "hub."), the field, and a sentence in Dutch and English.
/// Never the value itself (it may be personal data or free text).
/// </summary>
public static class DuoRefusals
{
    public const string Missing = "hub.field-missing";
    public const string TooLong = "hub.field-too-long";
    public const string NummerMissing = "hub.nummer-missing";
    public const string GemeenteInvalid = "hub.gemeente-invalid";
    public const string MeldingNotRegistered = "hub.melding-not-registered";

    public static RejectionReason MissingField(string field, string dutch) => new()
    {
        Code = Missing, Field = field, Message = $"{dutch} ontbreekt; DUO vereist dit veld. / The field {field} is missing; DUO requires it.",
    };

    public static RejectionReason TooLongField(string field, string dutch, int limit) => new()
    {
        Code = TooLong, Field = field,
        Message = $"{dutch} is langer dan {limit} tekens; de hub kort niets in. / The field {field} is longer than DUO's limit of {limit} characters; the hub never cuts a text.",
    };

    public static RejectionReason Nummer() => new()
    {
        Code = NummerMissing, Field = "persoonsgebondenNummer",
        Message = "De hub kent geen persoonsgebonden nummer van de leerling. / The hub holds no persoonsgebonden nummer for the pupil.",
    };

    public static RejectionReason Gemeente() => new()
    {
        Code = GemeenteInvalid, Field = "woongemeente",
        Message = "De woongemeente is geen CBS-gemeentecode (GM en 4 cijfers). / The woongemeente is not a CBS gemeente code (GM and 4 digits).",
    };

    public static RejectionReason NotRegistered() => new()
    {
        Code = MeldingNotRegistered, Field = "meldingsnummer",
        Message = "De melding is niet geregistreerd bij DUO; de wijziging kan niet worden doorgegeven. / The melding is not registered at DUO; the change cannot be sent.",
    };
}
