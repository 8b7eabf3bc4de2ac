-- A parked melding keeps the woongemeente routing asked the directory about, as its own column: the console links the
-- operator to that gemeente's directory entry, and finds parked rows by it, without reading it back out of the
-- operator's free-text detail. Rows parked before this migration take the code from their detail, in the two sentences
-- routing wrote (MeldingRouting); other rows (a missing woongemeente, a JGZ referral) have none.
ALTER TABLE parked_deliveries ADD COLUMN woongemeente text NULL;
UPDATE parked_deliveries
SET woongemeente = CASE reason
    WHEN 'woongemeente.unknown' THEN substring(detail FROM '^Woongemeente (.+) is not in the directory on ')
    ELSE substring(detail FROM '^No [a-z]+ organisation is mapped for (\S+) \(')
  END
WHERE reason IN ('woongemeente.unknown', 'woongemeente.unmapped');
