namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// Where the next "aanvraag gewijzigde meldingen" asks from: the watermark (DUO's own time of the last answer) less a
/// small overlap, so a status DUO stamped just before its answer but committed after it is not missed. What the overlap
/// returns again is de-duplicated on meldingsnummer, status and DUO's time.
/// </summary>
public static class PollWindow
{
    public static DateTimeOffset Since(DateTimeOffset watermark, TimeSpan overlap) =>
        overlap <= TimeSpan.Zero ? watermark : watermark - overlap;
}
