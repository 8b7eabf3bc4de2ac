#!/usr/bin/env bash
# Command (a): set up everything on a fresh machine and run the hub on the bundled sample feed.
#   bash infra/demo.sh
# Starts RabbitMQ and PostgreSQL (infra/up.sh), builds the hub, gives the demo a fresh database
# (integrationhub_demo) and a fresh vhost (integrationhub-demo), then runs `hub demo`: the hub in-process,
# three sample schools connected, the feed published through RabbitMQ as each school's own LVS user, and
# everything the schools hear back printed. Exits 0 when every message was answered.
#   bash infra/demo.sh --console
# The same demo, then the worker and the web console keep running on the demo's data (until Ctrl+C), with one local
# account per role: the operator, a bureau of the organisation that received the most meldingen, the JGZ organisation
# that received referrals, and the first school of the feed. Prints the console's address and the logins.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CONSOLE=0
DEMO_ARGS=()
for argument in "$@"; do
  if [ "$argument" = "--console" ]; then CONSOLE=1; else DEMO_ARGS+=("$argument"); fi
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The development settings (appsettings.Development.json) carry this machine's dev passwords; the base settings carry none.
export DOTNET_ENVIRONMENT=Development

bash infra/up.sh

DEMO_DB=integrationhub_demo
DEMO_VHOST=integrationhub-demo
MQ_USER=${HUB_MQ_USER:-hub}
PG_USER=${HUB_PG_USER:-hub}
PG_PASSWORD=${HUB_PG_PASSWORD:-hub}

echo "[demo] fresh database $DEMO_DB and vhost $DEMO_VHOST"
PGPASSWORD=$PG_PASSWORD psql -h localhost -U "$PG_USER" -d postgres -qAt \
  -c "DROP DATABASE IF EXISTS $DEMO_DB WITH (FORCE)" -c "CREATE DATABASE $DEMO_DB" >/dev/null
if command -v rabbitmqctl >/dev/null 2>&1 && rabbitmqctl -q status >/dev/null 2>&1; then
  rabbitmqctl -q delete_vhost "$DEMO_VHOST" >/dev/null 2>&1 || true
  rabbitmqctl -q add_vhost "$DEMO_VHOST" >/dev/null
  rabbitmqctl -q set_permissions -p "$DEMO_VHOST" "$MQ_USER" ".*" ".*" ".*" >/dev/null
else
  # Docker: the broker is in a container; use its management API as the operator (the hub's user may not).
  auth="${HUB_MQ_OPERATOR_USER:-hub-operator}:${HUB_MQ_OPERATOR_PASSWORD:-hub-operator}"
  curl -fsS -u "$auth" -X DELETE "http://localhost:15672/api/vhosts/$DEMO_VHOST" >/dev/null 2>&1 || true
  curl -fsS -u "$auth" -X PUT "http://localhost:15672/api/vhosts/$DEMO_VHOST" >/dev/null
  curl -fsS -u "$auth" -X PUT -H 'content-type: application/json' \
    -d '{"configure":".*","write":".*","read":".*"}' "http://localhost:15672/api/permissions/$DEMO_VHOST/$MQ_USER" >/dev/null
fi

echo "[demo] building"
dotnet build src/IntegrationHub.Cli -c Release -nologo -v quiet
if [ "$CONSOLE" = 1 ]; then
  dotnet build src/IntegrationHub.Console -c Release -nologo -v quiet
  dotnet build src/IntegrationHub.Worker -c Release -nologo -v quiet
fi

export ConnectionStrings__Hub="Host=localhost;Port=5432;Database=$DEMO_DB;Username=$PG_USER;Password=$PG_PASSWORD"
export RabbitMq__VirtualHost=$DEMO_VHOST
[ -n "${HUB_MQ_PASSWORD:-}" ] && export RabbitMq__Username=$MQ_USER RabbitMq__Password=$HUB_MQ_PASSWORD
[ -n "${HUB_MQ_OPERATOR_PASSWORD:-}" ] && export RabbitMq__Operator__Username=${HUB_MQ_OPERATOR_USER:-hub-operator} RabbitMq__Operator__Password=$HUB_MQ_OPERATOR_PASSWORD
HUB="dotnet src/IntegrationHub.Cli/bin/Release/net10.0/hub.dll"
if [ "$CONSOLE" = 0 ]; then
  exec $HUB demo --feed infra/sample/feed.jsonl --schools infra/sample/schools.json ${DEMO_ARGS[@]+"${DEMO_ARGS[@]}"}
fi

$HUB demo --feed infra/sample/feed.jsonl --schools infra/sample/schools.json ${DEMO_ARGS[@]+"${DEMO_ARGS[@]}"}
exec bash infra/demo-console.sh
