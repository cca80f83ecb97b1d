#!/usr/bin/env bash
# Builds the wasm once and writes every form the project ships:
#   pkg/                    the npm package (wasm-pack, --target nodejs, TS types)
#   target/glue/web/        glue for the playground (--target web)
#   target/glue/no-modules/ glue for the Segment bundle (--target no-modules)
# Each .wasm is optimized with the pinned npm binaryen's wasm-opt.
# FEATURES=<feature> builds a test or benchmark variant (test-hooks,
# bench-object-boundary) into target/glue-<feature>/{no-modules,nodejs}.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm_opt=node_modules/.bin/wasm-opt
features=${FEATURES:-}

optimize() {
  "$wasm_opt" "$1" -Oz --strip-debug --strip-producers -o "$1.opt"
  mv "$1.opt" "$1"
}

bindgen() { # target out-dir [cargo-target-dir]
  rm -rf "$2"
  wasm-bindgen --target "$1" --out-dir "$2" --out-name stigg_segment \
    "${3:-target}/wasm32-unknown-unknown/release/stigg_segment.wasm"
  optimize "$2/stigg_segment_bg.wasm"
}

if [ -n "$features" ]; then
  # A target dir of its own, so switching features never rebuilds the product.
  cargo build --quiet --release --lib --target wasm32-unknown-unknown \
    --features "$features" --target-dir "target/features-build/$features"
  bindgen no-modules "target/glue-$features/no-modules" "target/features-build/$features"
  bindgen nodejs "target/glue-$features/nodejs" "target/features-build/$features"
  exit 0
fi

# wasm-pack uses the wasm-bindgen on PATH (setup.sh pins it to Cargo.lock's
# version); its own wasm-opt step is off in Cargo.toml.
wasm-pack --quiet build --release --target nodejs --out-dir pkg --out-name stigg_segment >/dev/null
raw_bytes=$(wc -c <pkg/stigg_segment_bg.wasm)
optimize pkg/stigg_segment_bg.wasm
opt_bytes=$(wc -c <pkg/stigg_segment_bg.wasm)
bindgen web target/glue/web
bindgen no-modules target/glue/no-modules

printf 'wasm: %s bytes from wasm-bindgen, %s bytes after wasm-opt -Oz (%s gzip)\n' \
  "$raw_bytes" "$opt_bytes" "$(gzip -9c pkg/stigg_segment_bg.wasm | wc -c)"
printf '{"rawWasmBytes": %s, "optimizedWasmBytes": %s}\n' "$raw_bytes" "$opt_bytes" >target/glue/sizes.json
