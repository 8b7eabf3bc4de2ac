namespace IntegrationHub.Application.Retention;

/// <summary>Corrects a pupil's persoonsgebonden nummer (AVG art. 16) so that the pupil stays one pupil.</summary>
public interface IPupilRectification
{
    /// <exception cref="PupilRightsRefusedException">The nummer is unknown, the corrected one invalid, or the two cannot be joined.</exception>
    Task<RectificationReport> RectifyAsync(PupilNummer current, PupilNummer corrected, CancellationToken cancellationToken);
}
