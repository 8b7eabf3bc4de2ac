namespace IntegrationHub.Application.Retention;

/// <summary>Erases a pupil's data where no legal retention term still holds it (AVG art. 17), and reports what is held.</summary>
public interface IPupilErasure
{
    Task<ErasureReport> EraseAsync(PupilNummer pupil, bool dryRun, CancellationToken cancellationToken);
}
