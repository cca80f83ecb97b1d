#!/usr/bin/env bash
# `make fuzz`: runs every cargo-fuzz target for FUZZ_SECONDS (default 60)
# each, seeded with the Stigg fixtures, and prints executions and crashes.
# FUZZ_TARGETS="a b" picks targets. Needs the nightly toolchain and
# cargo-fuzz, which this script installs when missing. The targets assert
# a per-input time bound (fuzz/fuzz_targets/checks.rs); on stable Rust the
# same checks run over the adversarial corpus in tests/adversarial.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"transform_bytes transform_structured json_differential"}

if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --quiet
fi

# Seed corpora: the fixtures as webhook bodies, and the adversarial
# bodies of tests/support/adversarial.rs (generated, not committed) as
# `body NUL settings` (the structured target builds its own inputs).
cargo bench --quiet --bench native -- --write-adversarial target/adversarial
for target in transform_bytes json_differential; do
  mkdir -p "fuzz/corpus/$target"
  for fixture in tests/fixtures/stigg/*.json; do
    cp "$fixture" "fuzz/corpus/$target/$(basename "$fixture" .json)"
  done
  for body in target/adversarial/*.json; do
    case "$body" in *.settings.json) continue ;; esac
    name=$(basename "$body" .json)
    { cat "$body"; printf '\0'; cat "target/adversarial/$name.settings.json"; } >"fuzz/corpus/$target/adversarial-$name"
  done
done

(cd fuzz && cargo +nightly fuzz build -O)
status=0
for target in $targets; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  log=$(mktemp)
  (cd fuzz && cargo +nightly fuzz run -O "$target" -- -max_total_time="$seconds" -print_final_stats=1) >"$log" 2>&1 || status=1
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | awk '{print $2}' | tail -1)
  crashes=$(find "fuzz/artifacts/$target" -type f | wc -l)
  printf 'fuzz %-22s %ss: %s executions, %s crashes\n' "$target" "$seconds" "${runs:-0}" "$crashes"
  if [ "$crashes" -ne 0 ]; then
    grep -E 'panicked|ERROR' "$log" | head -5
    find "fuzz/artifacts/$target" -type f | head -5
    status=1
  fi
  rm -f "$log"
done
exit "$status"
