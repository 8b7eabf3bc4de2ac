#!/usr/bin/env bash
# Private PostgreSQL and RabbitMQ servers for the fault tests (tests/IntegrationHub.Faults.Tests), which kill and
# restart them: they never touch the shared servers of infra/up.sh (PostgreSQL 5432, RabbitMQ 5672/15672).
#   bash infra/fault-servers.sh up          # create (once) and start both; safe to run again
#   bash infra/fault-servers.sh down        # stop both (their data stays for the next `up`)
#   bash infra/fault-servers.sh restart-pg  # restart the private PostgreSQL cluster (fast shutdown)
#   bash infra/fault-servers.sh restart-mq  # stop and start the private RabbitMQ node
#   bash infra/fault-servers.sh status
# - PostgreSQL: cluster "faults" of the newest installed version on port 5433 (pg_createcluster), with
#   track_commit_timestamp = on as infra/up.sh sets it, the hub's role (CREATEDB) and database.
# - RabbitMQ: node faults@localhost, AMQP 5673, management 15673, its own data, log and config under
#   /var/lib/rabbitmq-faults, its own enabled-plugins file (management, consistent hash exchange), the same Erlang
#   cookie as the main node (so `rabbitmqctl -n faults@localhost` works as root), and the users infra/up.sh creates:
#   the hub's user and the operator (administrator).
# Needs root and infra/up.sh's packages (it runs infra/up.sh's install step only when the servers are missing).
# Settings (environment; the users and passwords are the same names infra/up.sh uses, so one place sets both):
#   HUB_PG_USER=hub HUB_PG_PASSWORD=hub HUB_PG_DATABASE=integrationhub
#   HUB_MQ_USER=hub HUB_MQ_PASSWORD=hub HUB_MQ_VHOST=integrationhub
#   HUB_MQ_OPERATOR_USER=hub-operator HUB_MQ_OPERATOR_PASSWORD=hub-operator
#   HUB_FAULTS_PG_PORT=5433 HUB_FAULTS_MQ_PORT=5673 HUB_FAULTS_MQ_MANAGEMENT_PORT=15673
set -euo pipefail

PG_USER=${HUB_PG_USER:-hub}
PG_PASSWORD=${HUB_PG_PASSWORD:-hub}
PG_DATABASE=${HUB_PG_DATABASE:-integrationhub}
MQ_USER=${HUB_MQ_USER:-hub}
MQ_PASSWORD=${HUB_MQ_PASSWORD:-hub}
MQ_VHOST=${HUB_MQ_VHOST:-integrationhub}
MQ_OPERATOR_USER=${HUB_MQ_OPERATOR_USER:-hub-operator}
MQ_OPERATOR_PASSWORD=${HUB_MQ_OPERATOR_PASSWORD:-hub-operator}
PG_PORT=${HUB_FAULTS_PG_PORT:-5433}
MQ_PORT=${HUB_FAULTS_MQ_PORT:-5673}
MQ_MANAGEMENT_PORT=${HUB_FAULTS_MQ_MANAGEMENT_PORT:-15673}
PG_CLUSTER=faults
MQ_NODE=faults@localhost
MQ_BASE=/var/lib/rabbitmq-faults
ROOT=$(cd "$(dirname "$0")/.." && pwd)

log() { printf '[fault-servers] %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "infra/fault-servers.sh: needs root" >&2
  exit 1
fi

pg_version() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v rabbitmq-server >/dev/null 2>&1; then
    log "servers not installed: running infra/up.sh first"
    bash "$ROOT/infra/up.sh" >/dev/null
  fi
  ls /usr/lib/postgresql | sort -V | tail -n 1
}

pg_online() { pg_lsclusters -h | awk -v c="$PG_CLUSTER" '$2 == c {print $4}' | grep -q online; }

pg_wait() {
  for _ in $(seq 1 60); do
    su postgres -c "pg_isready -q -p $PG_PORT" && return 0
    sleep 1
  done
  echo "private PostgreSQL on $PG_PORT did not become ready" >&2
  return 1
}

pg_up() {
  local version
  version=$(pg_version)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version $PG_CLUSTER$"; then
    log "creating PostgreSQL $version cluster $PG_CLUSTER on port $PG_PORT"
    pg_createcluster "$version" "$PG_CLUSTER" --port "$PG_PORT" >/dev/null
  fi
  local conf_d="/etc/postgresql/$version/$PG_CLUSTER/conf.d"
  mkdir -p "$conf_d"
  printf 'track_commit_timestamp = on\n' > "$conf_d/integrationhub.conf"
  if ! pg_online; then
    log "starting PostgreSQL $version/$PG_CLUSTER"
    pg_ctlcluster "$version" "$PG_CLUSTER" start
  fi
  pg_wait
  psql_su() { su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
  if [ "$(psql_su "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != "1" ]; then
    psql_su "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
  fi
  if [ "$(psql_su "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != "1" ]; then
    psql_su "CREATE DATABASE $PG_DATABASE OWNER $PG_USER"
  fi
  if [ "$(psql_su "SHOW track_commit_timestamp")" != "on" ]; then
    pg_ctlcluster "$version" "$PG_CLUSTER" restart
    pg_wait
  fi
}

pg_restart() {
  local version
  version=$(pg_version)
  log "restarting PostgreSQL $version/$PG_CLUSTER"
  pg_ctlcluster "$version" "$PG_CLUSTER" restart -m fast
  pg_wait
}

pg_down() {
  local version
  version=$(pg_version)
  if pg_online; then
    log "stopping PostgreSQL $version/$PG_CLUSTER"
    pg_ctlcluster "$version" "$PG_CLUSTER" stop -m fast
  fi
}

# rabbitmqctl as the rabbitmq user (the Debian wrapper does the su), against the private node.
mqctl() { rabbitmqctl -n "$MQ_NODE" "$@"; }

mq_running() { mqctl -q status >/dev/null 2>&1; }

mq_start() {
  install -d -o rabbitmq -g rabbitmq "$MQ_BASE" "$MQ_BASE/mnesia" "$MQ_BASE/log"
  cat > "$MQ_BASE/rabbitmq.conf" <<EOF
listeners.tcp.default = $MQ_PORT
management.tcp.port = $MQ_MANAGEMENT_PORT
loopback_users = none
EOF
  printf '[rabbitmq_consistent_hash_exchange,rabbitmq_management].\n' > "$MQ_BASE/enabled_plugins"
  chown rabbitmq:rabbitmq "$MQ_BASE/rabbitmq.conf" "$MQ_BASE/enabled_plugins"
  log "starting RabbitMQ node $MQ_NODE (AMQP $MQ_PORT, management $MQ_MANAGEMENT_PORT)"
  # The server script itself (not the Debian wrapper, which writes the main node's startup log), as rabbitmq with its
  # home, so it reads the shared Erlang cookie. Detached, its output to the node's own log folder; no stdin.
  su rabbitmq -s /bin/sh -c "cd /var/lib/rabbitmq && HOME=/var/lib/rabbitmq \
    RABBITMQ_NODENAME=$MQ_NODE RABBITMQ_NODE_PORT=$MQ_PORT RABBITMQ_DIST_PORT=$((MQ_PORT + 20000)) \
    RABBITMQ_MNESIA_BASE=$MQ_BASE/mnesia RABBITMQ_LOG_BASE=$MQ_BASE/log \
    RABBITMQ_CONFIG_FILE=$MQ_BASE/rabbitmq.conf RABBITMQ_ENABLED_PLUGINS_FILE=$MQ_BASE/enabled_plugins \
    RABBITMQ_PID_FILE=$MQ_BASE/faults.pid \
    setsid /usr/lib/rabbitmq/bin/rabbitmq-server > $MQ_BASE/log/startup.log 2>&1 < /dev/null &"
  for _ in $(seq 1 60); do
    mq_running && break
    sleep 1
  done
  mqctl -q await_startup --timeout 120 >/dev/null
}

mq_wait_management() {
  for _ in $(seq 1 60); do
    curl -fsS -u "$MQ_OPERATOR_USER:$MQ_OPERATOR_PASSWORD" "http://localhost:$MQ_MANAGEMENT_PORT/api/overview" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "private RabbitMQ management API on $MQ_MANAGEMENT_PORT did not answer" >&2
  return 1
}

mq_up() {
  pg_version >/dev/null
  if ! mq_running; then
    mq_start
  fi
  if ! mqctl -q list_vhosts | grep -qx "$MQ_VHOST"; then
    mqctl -q add_vhost "$MQ_VHOST" >/dev/null
  fi
  local users
  users=$(mqctl -q list_users | awk '{print $1}')
  if ! grep -qx "$MQ_USER" <<<"$users"; then
    mqctl -q add_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null
  fi
  if ! grep -qx "$MQ_OPERATOR_USER" <<<"$users"; then
    mqctl -q add_user "$MQ_OPERATOR_USER" "$MQ_OPERATOR_PASSWORD" >/dev/null
  fi
  # A private node: the passwords are set every time, so a node made by an earlier version of this script still
  # answers with today's settings.
  mqctl -q change_password "$MQ_USER" "$MQ_PASSWORD" >/dev/null
  mqctl -q change_password "$MQ_OPERATOR_USER" "$MQ_OPERATOR_PASSWORD" >/dev/null
  if grep -qx guest <<<"$users"; then
    mqctl -q delete_user guest >/dev/null
  fi
  # The same tags as infra/mq-users.sh gives the shared node: the hub's (worker's) user monitoring only, the operator
  # administrator.
  mqctl -q set_user_tags "$MQ_USER" "${HUB_FAULTS_MQ_USER_TAGS:-monitoring}" >/dev/null
  mqctl -q set_user_tags "$MQ_OPERATOR_USER" administrator >/dev/null
  mqctl -q set_permissions -p "$MQ_VHOST" "$MQ_USER" ".*" ".*" ".*" >/dev/null
  mqctl -q set_permissions -p "$MQ_VHOST" "$MQ_OPERATOR_USER" ".*" ".*" ".*" >/dev/null
  mq_wait_management
}

mq_stop() {
  if mq_running; then
    log "stopping RabbitMQ node $MQ_NODE"
    mqctl -q stop >/dev/null
  fi
  for _ in $(seq 1 30); do
    mq_running || return 0
    sleep 1
  done
}

case "${1:-}" in
  up)
    pg_up
    mq_up
    log "ready: PostgreSQL on localhost:$PG_PORT (db $PG_DATABASE), RabbitMQ $MQ_NODE on localhost:$MQ_PORT (vhost $MQ_VHOST), management on :$MQ_MANAGEMENT_PORT"
    ;;
  down)
    mq_stop
    pg_down
    ;;
  restart-pg)
    pg_restart
    ;;
  restart-mq)
    mq_stop
    mq_start
    mq_wait_management
    ;;
  status)
    pg_lsclusters -h | awk -v c="$PG_CLUSTER" '$2 == c'
    if mq_running; then echo "RabbitMQ $MQ_NODE running"; else echo "RabbitMQ $MQ_NODE stopped"; fi
    ;;
  *)
    echo "usage: infra/fault-servers.sh up|down|restart-pg|restart-mq|status" >&2
    exit 2
    ;;
esac
