namespace IntegrationHub.Application.Persistence;

/// <summary>
/// A submission the intake has read, validated and mapped, ready for the store: an <see cref="AcceptedSubmission"/>
/// or a <see cref="RejectedSubmission"/>.
/// </summary>
public abstract record PreparedSubmission;
