using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Console.Pages.Beheer.Adresboek;

/// <summary>A new or changed JGZ assignment: from <see cref="ValidFrom"/> the school location (one vestiging, or every one) is served by the organisation.</summary>
public sealed class JgzForm
{
    [Required(ErrorMessage = "Vul de BRIN-code van de school in, bijvoorbeeld 12AB.")]
    [RegularExpression("^[0-9]{2}[A-Za-z]{2}$", ErrorMessage = "Een BRIN-code is twee cijfers gevolgd door twee letters, bijvoorbeeld 12AB.")]
    [Display(Name = "BRIN-code")]
    public string? Brin { get; set; }

    [RegularExpression("^[0-9]{2}$", ErrorMessage = "Een vestigingsnummer is twee cijfers, bijvoorbeeld 01.")]
    [Display(Name = "Vestiging (leeg: alle vestigingen)")]
    public string? Vestiging { get; set; }

    [Required(ErrorMessage = "Kies de JGZ-organisatie.")]
    [Display(Name = "JGZ-organisatie")]
    public string? OrganisationId { get; set; }

    [Required(ErrorMessage = "Kies de grondslag voor een MAZL-verwijzing.")]
    [RegularExpression("^(consent|notice-to-parents)$", ErrorMessage = "Kies toestemming of kennisgeving aan de ouders.")]
    [Display(Name = "Grondslag MAZL-verwijzing")]
    public string MazlBasis { get; set; } = "consent";

    [Required(ErrorMessage = "Vul de datum in vanaf wanneer dit geldt.")]
    [Display(Name = "Geldig vanaf")]
    public DateOnly? ValidFrom { get; set; }
}
