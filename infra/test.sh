#!/usr/bin/env bash
# Command (b): set up everything on a fresh machine and run all the tests.
#   bash infra/test.sh
# Starts RabbitMQ and PostgreSQL (infra/up.sh), builds the solution, runs every test project against the
# real servers, and ends with the line "N passed, N failed" computed from the test results (TRX files).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash infra/up.sh

RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

dotnet build IntegrationHub.sln -c Release -nologo -v quiet
status=0
dotnet test IntegrationHub.sln -c Release --no-build -nologo \
  --results-directory "$RESULTS" --logger "trx" --logger "console;verbosity=minimal" \
  --blame-hang --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?

bash infra/summarize-tests.sh "$RESULTS"
exit $status
