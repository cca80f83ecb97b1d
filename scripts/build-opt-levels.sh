#!/usr/bin/env bash
# Builds the Segment script once per opt-level (z s 2 3), for
# tools/bench/bench-opt-levels.js to compare: target/glue-opt-<level>/segment-function.js.
# wasm-opt runs at the matching level (-Oz, -Os, -O2, -O3).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
for level in ${OPT_LEVELS:-z s 2 3}; do
  build="target/opt-build/$level"
  glue="target/glue-opt-$level/no-modules"
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" cargo build --quiet --release --lib \
    --target wasm32-unknown-unknown --target-dir "$build"
  rm -rf "$glue" "target/glue-opt-$level/nodejs"
  wasm-bindgen --target no-modules --out-dir "$glue" --out-name stigg_segment \
    "$build/wasm32-unknown-unknown/release/stigg_segment.wasm"
  node_modules/.bin/wasm-opt "$glue/stigg_segment_bg.wasm" "-O$level" --strip-debug --strip-producers \
    -o "$glue/stigg_segment_bg.wasm.opt"
  mv "$glue/stigg_segment_bg.wasm.opt" "$glue/stigg_segment_bg.wasm"
  node scripts/bundle.js --features "opt-$level"
done
