namespace IntegrationHub.Domain.Signalering;

/// <summary>Who a signal is for; routing maps Leerplicht to the woongemeente's organisation and Rmc to its region.</summary>
public enum SignalRecipient
{
    Leerplicht,
    Rmc,
    School,
}
