namespace IntegrationHub.Infrastructure.Persistence.Console.School;

/// <summary>The rows the school console's queries read (snake_case columns onto these members).</summary>
internal static class SchoolConsoleRows
{
    internal sealed class Finding
    {
        public string FindingId { get; set; } = "";

        public string Vestiging { get; set; } = "";

        public string? LvsPupilKey { get; set; }

        public string Kind { get; set; } = "";

        public string Recipient { get; set; } = "";

        public DateTime Begindatum { get; set; }

        public DateTime? Einddatum { get; set; }

        public DateTime? DueDate { get; set; }

        public DateTime RaisedAt { get; set; }
    }

    internal sealed class Melding
    {
        public Guid MeldingId { get; set; }

        public string Vestiging { get; set; } = "";

        public string? LvsPupilKey { get; set; }

        public string Kind { get; set; } = "";

        public string State { get; set; } = "";

        public DateTime Begindatum { get; set; }

        public DateTime? Einddatum { get; set; }

        public DateTime? Deadline { get; set; }

        public DateTime? SentAt { get; set; }

        public string? DuoStatus { get; set; }

        public string? Meldingsnummer { get; set; }

        public string? PartnerStatus { get; set; }

        public bool DecisionRequired { get; set; }

        public DateTime? RegisteredAt { get; set; }

        public string? Payload { get; set; }
    }

    internal sealed class Step
    {
        public DateTime At { get; set; }

        public string Event { get; set; } = "";

        public string State { get; set; } = "";

        public string? Detail { get; set; }
    }

    internal sealed class Status
    {
        public string Source { get; set; } = "";

        public string? Organisation { get; set; }

        public string StatusCode { get; set; } = "";

        public DateTime At { get; set; }

        public string? RedenAfgesloten { get; set; }

        public string? ToelichtingAfsluiting { get; set; }

        public string? ContactNaam { get; set; }

        public string? ContactFunctie { get; set; }

        public string? ContactTelefoon { get; set; }

        public string? ContactEmail { get; set; }
    }

    internal sealed class Advice
    {
        public Guid ReferralId { get; set; }

        public string Vestiging { get; set; } = "";

        public string? LvsPupilKey { get; set; }

        public string OrganisationId { get; set; } = "";

        public string Participation { get; set; } = "";

        public string LoadCapacity { get; set; } = "";

        public DateTime? ExpectedFullReturnOn { get; set; }

        public int? StartHoursPerWeek { get; set; }

        public string[] Adjustments { get; set; } = [];

        public DateTime? FollowUpOn { get; set; }

        public DateTime GivenAt { get; set; }
    }
}
