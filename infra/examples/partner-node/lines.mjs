// One printed line per message. The persoonsgebonden nummer (BSN) is masked; the hub's pupil pseudonym on a MAZL
// referral means nothing outside the hub and may be shown.
export const mask = (nummer) => '*'.repeat(String(nummer).length);

const or = (value) => value ?? '-';

export function notificationLine(m, trace) {
  return `VerzuimmeldingNotification melding=${m.meldingId} school=${m.school.brin}-${m.school.vestiging} `
    + `woongemeente=${m.woongemeente} soort=${m.soortVerzuim} begindatum=${m.begindatum} einddatum=${or(m.einddatum)} `
    + `uren=${m.verzuimUren} dagen=${m.verzuimDagen} nummer=${m.nummerSoort}:${mask(m.persoonsgebondenNummer)} `
    + `meldingsnummer=${or(m.meldingsnummer)} trace=${trace}`;
}

export function updatedLine(m, trace) {
  return `VerzuimmeldingNotificationUpdated melding=${m.meldingId} change=${m.change} einddatum=${or(m.einddatum)} `
    + `meldingsnummer=${or(m.meldingsnummer)} status=${or(m.status)} reason=${or(m.reason)} trace=${trace}`;
}

export function referralLine(m, trace) {
  return `MazlReferral referral=${m.referralId} pupil=${m.pupilPseudonym} school=${m.school.brin}-${m.school.vestiging} `
    + `criterion=${m.criterion} criterionMetOn=${m.criterionMetOn} sickDays=${m.sickDays} basis=${m.basis} trace=${trace}`;
}
