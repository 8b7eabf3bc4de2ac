namespace IntegrationHub.Infrastructure.Persistence.Pseudonymisation;

/// <summary>
/// What a key rotation did: pupils moved to the new key's pseudonym, pupils already under it (an earlier, interrupted run),
/// pupils whose pseudonym matches neither key (left alone), pupils refused because the new pseudonym already has rule
/// state at the same school (workers ran with the new key too early), and the batches committed.
/// </summary>
public sealed record PseudonymRotationReport(int Rotated, int AlreadyRotated, int UnknownKey, int Conflicts, int Batches, bool DryRun)
{
    /// <summary>Every pupil stands under the new key's pseudonym.</summary>
    public bool Complete => UnknownKey == 0 && Conflicts == 0;
}
