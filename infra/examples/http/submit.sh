#!/usr/bin/env bash
# Sends a batch of one AttendanceRegistered to the HTTP gateway as a school's LVS and prints the per-item result.
#   HUB_API_KEY=ihk_... HUB_BRIN=12AB bash submit.sh
# The worker must run with the intake-http role (default), listening on HUB_URL (default http://127.0.0.1:5080).
set -euo pipefail
: "${HUB_API_KEY:?set HUB_API_KEY to the key hub school add printed}"
BRIN=${HUB_BRIN:-12AB}
URL=${HUB_URL:-http://127.0.0.1:5080}
ID=$(cat /proc/sys/kernel/random/uuid)
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
TODAY=$(date -u +%Y-%m-%d)
curl -sS -X POST "$URL/v1/submissions" \
  -H "Authorization: Bearer $HUB_API_KEY" \
  -H "Content-Type: application/json" \
  --data @- <<JSON
{ "items": [ { "messageType": "AttendanceRegistered", "message": {
  "envelope": { "messageId": "$ID", "school": { "brin": "$BRIN", "vestiging": "00" },
                "sourceSystem": "example-lvs", "occurredAt": "$NOW", "schemaVersion": "1.0" },
  "pupil": { "persoonsgebondenNummer": "999990019", "nummerSoort": "bsn", "lvsPupilKey": "example-1" },
  "registrationId": "example-$ID", "date": "$TODAY", "startTime": "08:30:00", "minutes": 50,
  "unit": "lesson", "status": "absent-unauthorised", "reasonCategory": "spijbelen" } } ] }
JSON
echo
