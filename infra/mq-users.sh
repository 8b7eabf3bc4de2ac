#!/usr/bin/env bash
# The hub's RabbitMQ vhost and its two standing users, on a running broker (rabbitmqctl, as root or the rabbitmq
# user). Called by infra/up.sh; safe to run again: missing users are created, tags and permissions are set every
# time, an existing user's password is kept.
#   - HUB_MQ_OPERATOR_USER (hub-operator): tag administrator, all rights on the vhost. Used by people and the CLI to
#     manage broker users (hub school add, hub org add, hub bench's vhosts) and by the tests to create test vhosts and
#     users. Never given to the worker.
#   - HUB_MQ_USER (hub): the worker's user. Tag monitoring only (it may read queue depths through the management
#     API, and cannot create users, vhosts or permissions), and rights on the hub's vhost only:
#     configure/write/read ".*" there, because MassTransit declares an exchange per message type, a queue per
#     endpoint, error queues and a temporary bus queue whose name it generates, and sends to the schools' and
#     partners' queues by declaring and binding them (a queue and its exchange share a name, so read on one is
#     read on both). No rights on any other vhost.
# Settings (environment). The passwords are development defaults, for this machine's servers only; in any other
# place set your own through the environment and never commit them:
#   HUB_MQ_VHOST=integrationhub
#   HUB_MQ_USER=hub                        HUB_MQ_PASSWORD=hub
#   HUB_MQ_OPERATOR_USER=hub-operator      HUB_MQ_OPERATOR_PASSWORD=hub-operator
set -euo pipefail

MQ_VHOST=${HUB_MQ_VHOST:-integrationhub}
MQ_USER=${HUB_MQ_USER:-hub}
MQ_PASSWORD=${HUB_MQ_PASSWORD:-hub}
MQ_OPERATOR_USER=${HUB_MQ_OPERATOR_USER:-hub-operator}
MQ_OPERATOR_PASSWORD=${HUB_MQ_OPERATOR_PASSWORD:-hub-operator}

log() { printf '[infra] %s\n' "$*"; }

if [ "$MQ_USER" = "$MQ_OPERATOR_USER" ]; then
  echo "infra/mq-users.sh: the worker's user and the operator must be two users (both are '$MQ_USER')" >&2
  exit 1
fi

user_exists() { rabbitmqctl -q list_users | awk '{print $1}' | grep -qxF "$1"; }

if ! rabbitmqctl -q list_vhosts | grep -qxF "$MQ_VHOST"; then
  log "creating vhost $MQ_VHOST"
  rabbitmqctl -q add_vhost "$MQ_VHOST" >/dev/null
fi

if ! user_exists "$MQ_OPERATOR_USER"; then
  log "creating RabbitMQ operator user $MQ_OPERATOR_USER"
  rabbitmqctl -q add_user "$MQ_OPERATOR_USER" "$MQ_OPERATOR_PASSWORD" >/dev/null
fi
rabbitmqctl -q set_user_tags "$MQ_OPERATOR_USER" administrator >/dev/null
rabbitmqctl -q set_permissions -p "$MQ_VHOST" "$MQ_OPERATOR_USER" ".*" ".*" ".*" >/dev/null

if ! user_exists "$MQ_USER"; then
  log "creating RabbitMQ user $MQ_USER (the worker's)"
  rabbitmqctl -q add_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null
fi
# set_user_tags replaces the tags: a user that was an administrator before is one no longer.
rabbitmqctl -q set_user_tags "$MQ_USER" monitoring >/dev/null
rabbitmqctl -q set_permissions -p "$MQ_VHOST" "$MQ_USER" ".*" ".*" ".*" >/dev/null
