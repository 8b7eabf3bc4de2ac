#!/usr/bin/env bash
# The second half of `bash infra/demo.sh --console` (not run on its own): after the demo, one console account per role
# on the demo's database, then the worker (so a status set in the console flows back to the school) and the web console
# on the demo's database and vhost, until Ctrl+C. Expects demo.sh's environment (ConnectionStrings__Hub, RabbitMq__*).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
: "${ConnectionStrings__Hub:?run bash infra/demo.sh --console}"
DEMO_DB=integrationhub_demo
PG_USER=${HUB_PG_USER:-hub}
PG_PASSWORD=${HUB_PG_PASSWORD:-hub}
CONSOLE_URL=${HUB_CONSOLE_URL:-http://127.0.0.1:5090}
WORKER_URL=${HUB_DEMO_WORKER_URL:-http://127.0.0.1:5080}
HUB="dotnet src/IntegrationHub.Cli/bin/Release/net10.0/hub.dll"

sql() { PGPASSWORD=$PG_PASSWORD psql -h localhost -U "$PG_USER" -d "$DEMO_DB" -qAt -c "$1"; }
password() { tr -dc 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789' </dev/urandom | head -c 16 || true; }

# Who to log in as: the bureau that received the most meldingen, the JGZ that received referrals, the feed's first school.
BUREAU_ORG=$(sql "SELECT organisation_id FROM melding_routes GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1")
BUREAU_ORG=${BUREAU_ORG:-lp-groningen}
JGZ_ORG=$(sql "SELECT organisation_id FROM mazl_referrals WHERE state = 'sent' AND organisation_id IS NOT NULL GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1")
JGZ_ORG=${JGZ_ORG:-$(sql "SELECT organisation_id FROM partner_organisations WHERE kind = 'jgz' ORDER BY organisation_id LIMIT 1")}
SCHOOL_BRIN=$(sql "SELECT brin FROM schools ORDER BY brin LIMIT 1")

declare -a LOGINS=()
account() { # name role [--organisation ID | --brin BRIN]
  local name=$1 secret
  secret=$(password)
  printf '%s\n' "$secret" | $HUB console account add "$1" --role "$2" "${@:3}" --password-stdin >/dev/null
  LOGINS+=("$(printf '  %-10s %-28s %s' "$2" "$name" "$secret")")
}
echo "[demo] console accounts"
account beheerder operator
account "bureau-$BUREAU_ORG" bureau --organisation "$BUREAU_ORG"
account "jgz-$JGZ_ORG" jgz --organisation "$JGZ_ORG"
account "school-$(echo "$SCHOOL_BRIN" | tr 'A-Z' 'a-z')" school --brin "$SCHOOL_BRIN"

echo "[demo] starting the worker ($WORKER_URL) and the console ($CONSOLE_URL)"
LOGS=$(mktemp -d)
# Each from its build output, so it finds its appsettings.Development.json and (the console) its wwwroot.
(cd src/IntegrationHub.Worker/bin/Release/net10.0 && MALLOC_ARENA_MAX=2 Urls=$WORKER_URL exec dotnet IntegrationHub.Worker.dll) >"$LOGS/worker.log" 2>&1 &
WORKER=$!
(cd src/IntegrationHub.Console/bin/Release/net10.0 && Urls=$CONSOLE_URL exec dotnet IntegrationHub.Console.dll) >"$LOGS/console.log" 2>&1 &
CONSOLE=$!
trap 'kill $CONSOLE $WORKER 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
  curl -fsS "$CONSOLE_URL/health/live" >/dev/null 2>&1 && break
  kill -0 $CONSOLE 2>/dev/null || { cat "$LOGS/console.log"; exit 1; }
  sleep 0.5
done

cat <<TEXT

[demo] the web console runs at $CONSOLE_URL on the demo's data (logs in $LOGS). Ctrl+C stops it.
  role       account                      password
$(printf '%s\n' "${LOGINS[@]}")

TEXT
wait $CONSOLE
