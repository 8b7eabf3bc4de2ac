#!/usr/bin/env bash
# Brings up RabbitMQ and PostgreSQL for IntegrationHub on this machine and waits until both answer.
# - With a working Docker engine: `docker compose up -d --wait` on the repository's docker-compose.yml.
# - Without one (the usual case here): installs rabbitmq-server / postgresql with apt-get where missing,
#   starts them, and creates the hub's users, vhost and database. Needs root. Safe to run again.
# RabbitMQ users (infra/mq-users.sh): the operator (administrator; the CLI's broker-user management and the tests)
# and the worker's user (tag monitoring, rights on the hub's vhost only, no administrator).
# Settings (environment). The defaults are the development values of the appsettings.Development.json files, for
# the servers on this machine only; anywhere else set your own passwords through the environment, never commit them:
#   HUB_PG_USER=hub HUB_PG_PASSWORD=hub HUB_PG_DATABASE=integrationhub
#   HUB_MQ_USER=hub HUB_MQ_PASSWORD=hub HUB_MQ_VHOST=integrationhub
#   HUB_MQ_OPERATOR_USER=hub-operator HUB_MQ_OPERATOR_PASSWORD=hub-operator
set -euo pipefail

PG_USER=${HUB_PG_USER:-hub}
PG_PASSWORD=${HUB_PG_PASSWORD:-hub}
PG_DATABASE=${HUB_PG_DATABASE:-integrationhub}
MQ_USER=${HUB_MQ_USER:-hub}
MQ_PASSWORD=${HUB_MQ_PASSWORD:-hub}
MQ_VHOST=${HUB_MQ_VHOST:-integrationhub}
MQ_OPERATOR_USER=${HUB_MQ_OPERATOR_USER:-hub-operator}
MQ_OPERATOR_PASSWORD=${HUB_MQ_OPERATOR_PASSWORD:-hub-operator}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

log() { printf '[infra] %s\n' "$*"; }

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  log "Docker engine found: docker compose up"
  docker compose -f "$ROOT/docker-compose.yml" up -d --wait
  # The image's default user is the operator; the worker's own user (monitoring only) comes from mq-users.sh.
  docker compose -f "$ROOT/docker-compose.yml" exec -T \
    -e HUB_MQ_VHOST="$MQ_VHOST" -e HUB_MQ_USER="$MQ_USER" -e HUB_MQ_PASSWORD="$MQ_PASSWORD" \
    -e HUB_MQ_OPERATOR_USER="${HUB_MQ_OPERATOR_USER:-hub-operator}" \
    -e HUB_MQ_OPERATOR_PASSWORD="${HUB_MQ_OPERATOR_PASSWORD:-hub-operator}" \
    rabbitmq bash -s < "$ROOT/infra/mq-users.sh"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "infra/up.sh: needs root to install and start the servers (no Docker engine found)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq
  # The package's own start attempt may be refused in a container; we start the servers ourselves below.
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- PostgreSQL ----------------------------------------------------------------------------------
PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$PG_VERSION main$"; then
  log "creating PostgreSQL $PG_VERSION cluster"
  pg_createcluster "$PG_VERSION" main >/dev/null
fi
# Commit timestamps let hub bench measure publish -> the evaluation's commit (pg_xact_commit_timestamp).
PG_CONF_D="/etc/postgresql/$PG_VERSION/main/conf.d"
mkdir -p "$PG_CONF_D"
PG_HUB_CONF="$PG_CONF_D/integrationhub.conf"
if [ "$(cat "$PG_HUB_CONF" 2>/dev/null)" != "track_commit_timestamp = on" ]; then
  echo "track_commit_timestamp = on" > "$PG_HUB_CONF"
  if pg_lsclusters -h | grep "^$PG_VERSION main" | grep -q online; then
    log "restarting PostgreSQL $PG_VERSION for track_commit_timestamp"
    pg_ctlcluster "$PG_VERSION" main restart
  fi
fi
if ! pg_lsclusters -h | grep "^$PG_VERSION main" | grep -q online; then
  log "starting PostgreSQL $PG_VERSION"
  pg_ctlcluster "$PG_VERSION" main start
fi
for _ in $(seq 1 60); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "pg_isready -q" || { echo "PostgreSQL did not become ready" >&2; exit 1; }
psql_su() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""; }
if [ "$(psql_su "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != "1" ]; then
  log "creating PostgreSQL role $PG_USER"
  psql_su "CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
fi
if [ "$(psql_su "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != "1" ]; then
  log "creating database $PG_DATABASE"
  psql_su "CREATE DATABASE $PG_DATABASE OWNER $PG_USER"
fi

# ---- RabbitMQ ------------------------------------------------------------------------------------
rabbitmq-plugins enable --offline rabbitmq_management rabbitmq_consistent_hash_exchange >/dev/null
if ! rabbitmqctl -q status >/dev/null 2>&1; then
  log "starting RabbitMQ"
  if [ -x /etc/init.d/rabbitmq-server ]; then
    /etc/init.d/rabbitmq-server start >/dev/null 2>&1 || true
  fi
  if ! rabbitmqctl -q status >/dev/null 2>&1; then
    su rabbitmq -s /bin/sh -c "rabbitmq-server -detached" >/dev/null 2>&1 || rabbitmq-server -detached
  fi
fi
rabbitmqctl -q await_startup --timeout 120 >/dev/null
HUB_MQ_VHOST=$MQ_VHOST HUB_MQ_USER=$MQ_USER HUB_MQ_PASSWORD=$MQ_PASSWORD \
  HUB_MQ_OPERATOR_USER=$MQ_OPERATOR_USER HUB_MQ_OPERATOR_PASSWORD=$MQ_OPERATOR_PASSWORD \
  bash "$ROOT/infra/mq-users.sh"
for _ in $(seq 1 60); do
  curl -fsS -u "$MQ_OPERATOR_USER:$MQ_OPERATOR_PASSWORD" http://localhost:15672/api/overview >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS -u "$MQ_OPERATOR_USER:$MQ_OPERATOR_PASSWORD" http://localhost:15672/api/overview >/dev/null \
  || { echo "RabbitMQ management API did not answer" >&2; exit 1; }

log "ready: PostgreSQL $PG_VERSION on localhost:5432 (db $PG_DATABASE), RabbitMQ on localhost:5672 (vhost $MQ_VHOST), management on :15672"
