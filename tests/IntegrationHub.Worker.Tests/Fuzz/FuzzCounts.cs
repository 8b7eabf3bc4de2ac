using Dapper;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Fuzz;

/// <summary>The rows a payload may never cause (pupil state, ledger, accepted submissions, outbox other than rejections).</summary>
public sealed record FuzzCounts(long Ledger, long PupilIdentities, long SchoolPupils, long SchoolRecords, long Consents, long Calendars,
    long AcceptedSubmissions, long OtherOutbox, long Rejections, long RejectionFeedback)
{
    private const string Sql = """
        SELECT (SELECT count(*) FROM attendance_ledger) AS ledger,
               (SELECT count(*) FROM pupil_identity) AS pupilidentities,
               (SELECT count(*) FROM school_pupils) AS schoolpupils,
               (SELECT count(*) FROM school_records) AS schoolrecords,
               (SELECT count(*) FROM consents) AS consents,
               (SELECT count(*) FROM school_calendars) AS calendars,
               (SELECT count(*) FROM submissions WHERE outcome <> 'rejected') AS acceptedsubmissions,
               (SELECT count(*) FROM outbox WHERE message_type <> 'IntegrationHub.Contracts.V1.SubmissionRejected') AS otheroutbox,
               (SELECT count(*) FROM rejected_submissions) AS rejections,
               (SELECT count(*) FROM outbox WHERE message_type = 'IntegrationHub.Contracts.V1.SubmissionRejected') AS rejectionfeedback
        """;

    public static async Task<FuzzCounts> ReadAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<FuzzCounts>(Sql);
    }

    /// <summary>Everything but the rejection rows, to compare before and after.</summary>
    public FuzzCounts WithoutRejections() => this with { Rejections = 0, RejectionFeedback = 0 };
}
