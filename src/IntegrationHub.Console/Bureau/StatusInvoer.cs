using System.ComponentModel.DataAnnotations;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Console.Bureau;

/// <summary>
/// The status form: the status, for afgesloten the reden and toelichting from DUO's fixed lists, and the gemeentelijke
/// contactpersoon (all four fields or none; limits of the Besluit Verzuimmelding).
/// </summary>
public sealed class StatusInvoer
{
    [Required(ErrorMessage = "Kies een status.")]
    public PartnerStatus? Status { get; set; }

    public RedenAfgesloten? Reden { get; set; }

    public ToelichtingAfsluiting? Toelichting { get; set; }

    [StringLength(100, ErrorMessage = "De naam is langer dan 100 tekens.")]
    public string? ContactNaam { get; set; }

    [StringLength(60, ErrorMessage = "De functie is langer dan 60 tekens.")]
    public string? ContactFunctie { get; set; }

    [StringLength(30, ErrorMessage = "Het telefoonnummer is langer dan 30 tekens.")]
    public string? ContactTelefoon { get; set; }

    [StringLength(100, ErrorMessage = "Het e-mailadres is langer dan 100 tekens.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string? ContactEmail { get; set; }

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactNaam) || !string.IsNullOrWhiteSpace(ContactFunctie)
        || !string.IsNullOrWhiteSpace(ContactTelefoon) || !string.IsNullOrWhiteSpace(ContactEmail);

    public bool HasFullContact => !string.IsNullOrWhiteSpace(ContactNaam) && !string.IsNullOrWhiteSpace(ContactFunctie)
        && !string.IsNullOrWhiteSpace(ContactTelefoon) && !string.IsNullOrWhiteSpace(ContactEmail);

    /// <summary>The partner message for <paramref name="meldingId"/>; reden and toelichting only with afgesloten.</summary>
    public PartnerStatusSet ToMessage(Guid meldingId, DateTimeOffset now, string? traceParent)
    {
        var closed = Status == PartnerStatus.Afgesloten;
        return new PartnerStatusSet
        {
            MessageId = Guid.CreateVersion7(),
            MeldingId = meldingId,
            Status = Status!.Value,
            RedenAfgesloten = closed ? Reden : null,
            ToelichtingAfsluiting = closed ? Toelichting : null,
            Contactpersoon = HasFullContact
                ? new ContactpersoonRef { Naam = ContactNaam!.Trim(), Functie = ContactFunctie!.Trim(), Telefoon = ContactTelefoon!.Trim(), Email = ContactEmail!.Trim() }
                : null,
            SetAt = now,
            TraceParent = traceParent,
        };
    }
}
