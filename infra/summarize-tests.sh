#!/usr/bin/env bash
# Adds up the counters of every TRX file in a directory and prints "N passed, N failed[, N skipped]".
# A run-level error (e.g. a test class whose clean-up threw) counts as a failure too.
# Exits non-zero when a test failed or no test ran at all.
set -euo pipefail
dir=${1:?usage: summarize-tests.sh RESULTS_DIR}
passed=0; failed=0; total=0; executed=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  # Run-level errors that are not just the echo of a failed test ("... [FAIL]"), e.g. a class clean-up failure.
  run_errors=$(grep -A1 '<RunInfo [^>]*outcome="Error"' "$trx" | grep '<Text>' | grep -vc '\[FAIL\]</Text>' || true)
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted) + run_errors))
  total=$((total + $(get total)))
  executed=$((executed + $(get executed)))
done
skipped=$((total - executed))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
