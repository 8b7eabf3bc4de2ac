using System.ComponentModel.DataAnnotations;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Console.Pages.Beheer.Scholen;

/// <summary>Connecting a school: its BRIN, name, vakantieregio and the melder settings every melding of it needs.</summary>
public sealed class ConnectForm
{
    [Required(ErrorMessage = "Vul de BRIN-code in.")]
    [RegularExpression("^[0-9]{2}[0-9A-Z]{2}$", ErrorMessage = "Een BRIN-code is twee cijfers en twee hoofdletters of cijfers, bijvoorbeeld 12AB.")]
    [Display(Name = "BRIN-code")]
    public string? Brin { get; set; }

    [Required(ErrorMessage = "Vul de naam van de school in.")]
    [StringLength(200)]
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    [Display(Name = "Vakantieregio")]
    public SchoolRegion Region { get; set; } = SchoolRegion.Midden;

    [Required(ErrorMessage = "Vul de naam van de melder in.")]
    [Display(Name = "Naam melder")]
    public string? MelderNaam { get; set; }

    [Required(ErrorMessage = "Vul de functie van de melder in.")]
    [Display(Name = "Functie melder")]
    public string? MelderFunctie { get; set; }

    [Required(ErrorMessage = "Vul het telefoonnummer van de melder in.")]
    [Display(Name = "Telefoon melder")]
    public string? MelderTelefoon { get; set; }

    [Required(ErrorMessage = "Vul het e-mailadres van de melder in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [Display(Name = "E-mail melder")]
    public string? MelderEmail { get; set; }

    [Required(ErrorMessage = "Beschrijf wat de school al heeft ondernomen.")]
    [Display(Name = "Door school ondernomen actie")]
    public string? DoorSchoolOndernomenActie { get; set; }

    [Display(Name = "Actie van de gemeente gewenst")]
    public bool ActieGemeenteGewenst { get; set; } = true;

    /// <summary>Accepted messages answered with one SubmissionsAccepted per intake transaction (hub school add --batched-acceptance).</summary>
    [Display(Name = "Ontvangstbevestigingen gebundeld (één per verwerkte batch)")]
    public bool BatchedAcceptance { get; set; }
}
