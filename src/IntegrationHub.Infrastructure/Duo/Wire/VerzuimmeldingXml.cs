using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>The verzuimmelding element (VerzuimmeldingType) to and from <see cref="DuoVerzuimmelding"/>.</summary>
internal static class VerzuimmeldingXml
{
    public static XElement Write(DuoVerzuimmelding m) => El("verzuimmelding", new object?[]
    {
        El("kenmerk", m.MeldingId.ToString("D")),
        El("brin", m.Brin),
        El("vestiging", m.Vestiging),
        PersoonsgebondenNummer(m.PersoonsgebondenNummer, m.NummerSoort),
        El("soortVerzuim", m.Soort.ToString()),
        El("begindatum", Date(m.Begindatum)),
        m.Einddatum is { } eind ? El("einddatum", Date(eind)) : null,
        Opt("reden", m.Reden),
        El("alleLessenGemist", Bool(m.AlleLessenGemist)),
        El("doorSchoolOndernomenActie", m.DoorSchoolOndernomenActie),
        El("actieGemeenteGewenst", Bool(m.ActieGemeenteGewenst)),
        Opt("toelichtingActieGemeente", m.ActieGemeenteToelichting),
        El("naamLeslocatie", m.NaamLeslocatie),
        El("melder", new[]
        {
            El("naam", m.Melder.Naam), El("functie", m.Melder.Functie), El("telefoon", m.Melder.Telefoon), El("email", m.Melder.Email),
        }),
        Opt("telefoonOuderOfLeerling", m.TelefoonOuderOfLeerling),
        m.AfwijkendVerblijfadres is { } adres ? Adres(adres) : null,
        El("verzuimspecificatie", new[] { El("verzuimdagen", m.VerzuimDagen), El("verzuimuren", Decimal(m.VerzuimUren)) }),
        Opt("gemeentecode", m.Gemeentecode),
        Opt("vervolgOpMeldingsnummer", m.VervolgOpMeldingsnummer),
    });

    public static DuoVerzuimmelding Read(XElement e)
    {
        var nummer = Child(e, "persoonsgebondenNummer");
        var melder = Child(e, "melder");
        var specificatie = Child(e, "verzuimspecificatie");
        return new DuoVerzuimmelding
        {
            MeldingId = ToGuid(e, "kenmerk"),
            Brin = Text(e, "brin"),
            Vestiging = Text(e, "vestiging"),
            PersoonsgebondenNummer = Text(nummer, "nummer"),
            NummerSoort = Text(nummer, "soort"),
            Soort = ToEnum<DuoSoort>(e, "soortVerzuim"),
            Begindatum = ToDate(e, "begindatum"),
            Einddatum = ToOptDate(e, "einddatum"),
            Reden = OptText(e, "reden"),
            AlleLessenGemist = ToBool(e, "alleLessenGemist"),
            DoorSchoolOndernomenActie = Text(e, "doorSchoolOndernomenActie"),
            ActieGemeenteGewenst = ToBool(e, "actieGemeenteGewenst"),
            ActieGemeenteToelichting = OptText(e, "toelichtingActieGemeente"),
            NaamLeslocatie = Text(e, "naamLeslocatie"),
            Melder = new DuoMelder(Text(melder, "naam"), Text(melder, "functie"), Text(melder, "telefoon"), Text(melder, "email")),
            TelefoonOuderOfLeerling = OptText(e, "telefoonOuderOfLeerling"),
            AfwijkendVerblijfadres = e.Element(DuoWireNamespaces.Verzuimregister + "afwijkendVerblijfadres") is { } adres ? ReadAdres(adres) : null,
            VerzuimDagen = ToInt(specificatie, "verzuimdagen"),
            VerzuimUren = ToDecimal(specificatie, "verzuimuren"),
            Gemeentecode = OptText(e, "gemeentecode"),
            VervolgOpMeldingsnummer = OptText(e, "vervolgOpMeldingsnummer"),
        };
    }

    public static XElement PersoonsgebondenNummer(string nummer, string soort) =>
        El("persoonsgebondenNummer", new[] { El("nummer", nummer), El("soort", soort) });

    private static XElement Adres(DuoAdres a) => El("afwijkendVerblijfadres", new[]
    {
        Opt("straat", a.Straat), Opt("huisnummer", a.Huisnummer), Opt("huisletter", a.Huisletter), Opt("toevoeging", a.Toevoeging),
        Opt("postcode", a.Postcode), Opt("locatieaanduiding", a.Locatieaanduiding), Opt("plaats", a.Plaats),
    });

    private static DuoAdres ReadAdres(XElement a) => new()
    {
        Straat = OptText(a, "straat"), Huisnummer = OptText(a, "huisnummer"), Huisletter = OptText(a, "huisletter"),
        Toevoeging = OptText(a, "toevoeging"), Postcode = OptText(a, "postcode"), Locatieaanduiding = OptText(a, "locatieaanduiding"),
        Plaats = OptText(a, "plaats"),
    };
}
