using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Signalering;

/// <summary>One recorded event to apply in a batch: its message id (the inbox key) and the pupil at the school it concerns.</summary>
public sealed record SignaleringDelivery(Guid MessageId, string Pupil, SchoolLocation School);
