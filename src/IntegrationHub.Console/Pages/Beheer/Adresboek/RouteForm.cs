using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Console.Pages.Beheer.Adresboek;

/// <summary>A new or changed route: from <see cref="ValidFrom"/> the gemeente's pupils (of one kind, or all) go to the organisation.</summary>
public sealed class RouteForm
{
    [Required(ErrorMessage = "Vul de CBS-gemeentecode in, bijvoorbeeld GM0344.")]
    [RegularExpression("^(GM|gm)?[0-9]{4}$", ErrorMessage = "Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0344.")]
    [Display(Name = "Gemeentecode")]
    public string? GemeenteCode { get; set; }

    [Display(Name = "Soort leerling (leeg: alle leerlingen)")]
    [StringLength(40)]
    public string? PupilKind { get; set; }

    [Required(ErrorMessage = "Kies de leerplichtorganisatie.")]
    [Display(Name = "Organisatie")]
    public string? OrganisationId { get; set; }

    [Required(ErrorMessage = "Vul de datum in vanaf wanneer dit geldt.")]
    [Display(Name = "Geldig vanaf")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Partners krijgen bericht")]
    public bool NotifyPartners { get; set; } = true;

    [Display(Name = "MAZL ingekocht")]
    public bool MazlBought { get; set; }
}
