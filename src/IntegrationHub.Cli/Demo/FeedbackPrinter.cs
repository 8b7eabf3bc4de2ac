namespace IntegrationHub.Cli.Demo;

/// <summary>Prints what a school hears back, one line per message, and keeps the counts.</summary>
internal sealed class FeedbackPrinter(TextWriter output)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int SubmissionAnswers { get; private set; }

    public int Count(string key)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(key);
        }
    }

    public void Print(FeedbackMessage feedback)
    {
        lock (_gate)
        {
            var key = Key(feedback);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            SubmissionAnswers += feedback.IsSubmissionAnswer ? 1 : 0;
            if (Line(feedback) is { } line)
            {
                output.WriteLine($"  {feedback.Brin}  {line}");
            }
        }
    }

    public IEnumerable<KeyValuePair<string, int>> Counts()
    {
        lock (_gate)
        {
            return _counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        }
    }

    private static string Key(FeedbackMessage f) => f.Type switch
    {
        "SubmissionAccepted" => f.Text("isDuplicate") == "True" ? "answered again (duplicate)" : "accepted",
        "SubmissionRejected" => f.Text("isDuplicate") == "True" ? "answered again (duplicate)" : "rejected",
        "VerzuimSignalRaised" when f.Text("isUpdate") == "True" => "signal updated: " + f.Text("kind"),
        "VerzuimSignalRaised" => "signal raised: " + f.Text("kind"),
        "VerzuimSignalWithdrawn" => "signal withdrawn: " + f.Text("kind"),
        "FindingRaised" when f.Text("isProvisional") == "True" => "school hears: provisional finding " + f.Text("kind"),
        "FindingRaised" => "school hears: finding " + f.Text("kind"),
        "FindingsDigest" => "school hears: findings digest",
        "VerzuimmeldingSent" => "partner receives: melding " + f.Melding("kind"),
        "PartnerDeliveryParked" => "parked: " + f.Text("reason"),
        "MazlReferralSent" => "jgz receives: mazl referral",
        "MazlReferralBlocked" => "mazl referral not sent: " + f.Text("reason"),
        "VerzuimmeldingDecisionRequired" => "school asked: beslissing nodig",
        "VerzuimmeldingApprovalRequested" => "school asked: akkoord gevraagd",
        "VerzuimmeldingRegistered" => "DUO registered: melding " + f.Text("soort"),
        "VerzuimmeldingStatusChanged" => "DUO status: " + f.Text("status"),
        "VerzuimmeldingClosed" => "DUO status: afgesloten",
        "VerzuimmeldingWithdrawalRegistered" => "DUO status: ingetrokken",
        "VerzuimmeldingNotRegistered" => "DUO not registered: refused by " + f.Text("refusedBy"),
        "PartnerStatusOverdue" => "partner overdue",
        _ => f.Type,
    };

    private static string? Line(FeedbackMessage f) => f.Type switch
    {
        "SubmissionAccepted" when f.Text("isDuplicate") == "True" => $"accepted   {f.Text("messageType"),-22} {f.Text("messageId")} (sent twice: stored once, answered again)",
        "SubmissionAccepted" => null,
        "SubmissionRejected" => $"REJECTED   {f.Text("messageType") ?? "(unreadable)",-22} {string.Join("; ", f.Message.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString() + ": " + r.GetProperty("message").GetString()))}",
        "VerzuimSignalRaised" when f.Text("isUpdate") == "True" => null,
        "VerzuimSignalRaised" => $"SIGNAL     {f.Text("kind"),-22} for {f.Text("recipient"),-10} pupil {f.Text("lvsPupilKey"),-9} {f.Text("begindatum")}..{f.Text("einddatum") ?? "",-10} {f.Text("verzuimUren"),5} uur{Due(f)}{Criterion(f)}",
        "VerzuimSignalWithdrawn" => $"WITHDRAWN  {f.Text("kind"),-22} for {f.Text("recipient"),-10} pupil {f.Text("lvsPupilKey"),-9} status {f.Text("duoStatus")}: {f.Text("reason")}",
        "FindingRaised" when f.Text("recipient") == "school" => null,
        "FindingRaised" => $"FINDING    {f.Text("kind"),-22} for {f.Text("recipient"),-10} pupil {f.Text("lvsPupilKey"),-9} {f.Text("begindatum")}..{f.Text("einddatum") ?? "",-10} {f.Text("verzuimUren"),5} uur{Due(f)}  (voorlopig)",
        "VerzuimmeldingSent" => $"MELDING    {f.Melding("kind"),-22} for {f.Melding("recipient"),-10} pupil {f.Melding("lvsPupilKey"),-9} {f.Melding("begindatum")}..{f.Melding("einddatum") ?? "",-10} {f.Melding("verzuimUren"),5} uur  sent to the woongemeente's organisation once, melding {f.Melding("meldingId")}",
        "PartnerDeliveryParked" => $"PARKED     {f.Text("subjectKind"),-22} pupil {f.Text("lvsPupilKey"),-9} {f.Text("reason")}: {f.Text("detail")} (an operator fixes the directory and runs hub parked reroute)",
        "MazlReferralSent" => $"MAZL       referral for pupil {f.Text("lvsPupilKey")} sent to JGZ once",
        "MazlReferralBlocked" => $"MAZL       referral for pupil {f.Text("lvsPupilKey")} NOT sent to JGZ: {f.Text("reason")}",
        "VerzuimmeldingDecisionRequired" => $"BESLISSING {f.Melding("kind"),-22} pupil {f.Melding("lvsPupilKey"),-9} melding {f.Melding("meldingId")}: {f.Text("correction")} Intrekken of handhaven?",
        "FindingsDigest" => $"DIGEST     {f.Message.GetProperty("findings").GetArrayLength()} changed findings of {f.Text("date")}",
        "VerzuimmeldingRegistered" => $"DUO        registered  soort {f.Text("soort"),-4} pupil {f.Text("lvsPupilKey"),-9} meldingsnummer {f.Text("meldingsnummer")}{Deadline(f)}, melding {f.Text("meldingId")}",
        "VerzuimmeldingStatusChanged" => $"DUO        {f.Text("status"),-11} pupil {f.Text("lvsPupilKey"),-9} meldingsnummer {f.Text("meldingsnummer")} (set by {f.Text("gemeente") ?? "the gemeente"})",
        "VerzuimmeldingClosed" => $"DUO        afgesloten  pupil {f.Text("lvsPupilKey"),-9} meldingsnummer {f.Text("meldingsnummer")}: {f.Text("redenAfgesloten")}{Toelichting(f)}",
        "VerzuimmeldingWithdrawalRegistered" => $"DUO        ingetrokken pupil {f.Text("lvsPupilKey"),-9} meldingsnummer {f.Text("meldingsnummer")}",
        "VerzuimmeldingNotRegistered" => $"DUO        NOT REGISTERED pupil {f.Text("lvsPupilKey"),-9} melding {f.Text("meldingId")} ({f.Text("refusedBy")}): {string.Join("; ", f.Message.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString() + ": " + r.GetProperty("message").GetString()))}",
        "PartnerStatusOverdue" => $"OVERDUE    pupil {f.Text("lvsPupilKey"),-9} meldingsnummer {f.Text("meldingsnummer")}: no status from the gemeente within {f.Text("termDays")} days",
        _ => $"{f.Type}",
    };

    private static string Due(FeedbackMessage f) => f.Text("dueDate") is { } due ? $"  melden uiterlijk {due}" : "";

    private static string Deadline(FeedbackMessage f) => f.Text("deadline") is { } deadline
        ? $" ({(f.Text("deadlineMet") == "True" ? "on time" : "LATE")}: uiterlijk {deadline})"
        : "";

    private static string Toelichting(FeedbackMessage f) => f.Text("toelichtingAfsluiting") is { } toelichting ? $" ({toelichting})" : "";

    private static string Criterion(FeedbackMessage f) => f.Text("criterion") is { } criterion ? $"  ({criterion})" : "";
}
