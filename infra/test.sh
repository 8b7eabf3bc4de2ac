#!/usr/bin/env bash
# Command (b): set up everything on a fresh machine and run all the tests.
#   bash infra/test.sh
# Starts RabbitMQ and PostgreSQL (infra/up.sh), builds the solution, runs every test project against the
# real servers, then, in a phase of its own, the fault tests (tests/IntegrationHub.Faults.Tests) against the private
# servers of infra/fault-servers.sh (started before, stopped after: the fault tests kill and restart them), and ends with
# the line "N passed, N failed" computed from the test results (TRX files) of both phases.
# HUB_FAULT_TESTS=0 skips the fault phase.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash infra/up.sh

# The console's browser tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing Debian's chromium for the web console's browser tests"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

dotnet build IntegrationHub.sln -c Release -nologo -v quiet
status=0
# Phase 1: every project but the fault tests, against the shared servers.
dotnet test IntegrationHub.sln -c Release --no-build -nologo \
  --filter "FullyQualifiedName!~IntegrationHub.Faults.Tests." \
  --results-directory "$RESULTS" --logger "trx" --logger "console;verbosity=minimal" \
  --blame-hang --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?

# Phase 2: the fault tests, against their private PostgreSQL (5433) and RabbitMQ node (5673), which they restart.
if [ "${HUB_FAULT_TESTS:-1}" != "0" ]; then
  bash infra/fault-servers.sh up
  dotnet test tests/IntegrationHub.Faults.Tests -c Release --no-build -nologo \
    --results-directory "$RESULTS" --logger "trx;LogFileName=faults.trx" --logger "console;verbosity=minimal" \
    --blame-hang --blame-hang-timeout 20m --blame-hang-dump-type none || status=$?
  bash infra/fault-servers.sh down || true
fi

bash infra/summarize-tests.sh "$RESULTS"
exit $status
