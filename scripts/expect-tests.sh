#!/usr/bin/env bash
# Runs a test command and fails unless it passed and ran at least one test.
# wasm-pack test exits 0 having run nothing when it is pointed at the wrong
# runner, so its exit code alone proves nothing.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
ran=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
if [ "$ran" -eq 0 ]; then
  echo "expect-tests: '$*' ran no tests" >&2
  exit 1
fi
echo "expect-tests: $ran tests passed in '$*'"
