#!/usr/bin/env bash
# Compiles the crate to wasm once and runs wasm-bindgen for each glue the
# project ships. Every target gets the same wasm module from wasm-bindgen
# (checked below), so it is optimized once, with the pinned npm binaryen's
# wasm-opt, and that one module is used everywhere:
#   target/glue/nodejs/      CommonJS glue: the npm package's Node entry
#   target/glue/web/         ES module glue with an explicit init: the npm
#                            package's browser entry and the playground
#   target/glue/no-modules/  classic-script glue: the Segment script
#   target/glue/sizes.json   raw and optimized sizes; written last, so make
#                            uses it as the mark of a finished build
# scripts/build-pkg.js and scripts/bundle.js then write pkg/ from these.
#
# FEATURES=<feature> builds a test or benchmark variant (test-hooks,
# bench-object-boundary) into target/glue-<feature>/{no-modules,nodejs},
# and FEATURES=tracking-plan the build with `trackingPlan()` for
# `make tracking-plan`, its tests and the playground (also web/).
#
# The output is reproducible: the toolchain is pinned (rust-toolchain.toml,
# Cargo.lock, package-lock.json) and machine paths are remapped, so the
# wasm holds no /root/... or checkout path (panic locations name source
# files) and two checkouts anywhere build the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm_opt=node_modules/.bin/wasm-opt
features=${FEATURES:-}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$PWD=/stigg-segment"

optimize() { # in out
  "$wasm_opt" "$1" -Oz --strip-debug --strip-producers -o "$2"
}

bindgen() { # target out-dir cargo-target-dir
  rm -rf "$2"
  wasm-bindgen --target "$1" --out-dir "$2" --out-name stigg_segment \
    "$3/wasm32-unknown-unknown/release/stigg_segment.wasm"
  rm -f "$2/stigg_segment_bg.wasm.d.ts"
}

# Runs wasm-bindgen for each target into $out/<target>/, then replaces each
# copy of the module with the one optimized module.
build_glue() { # out-dir cargo-target-dir targets...
  local out=$1 cargo_target=$2 first=
  rm -rf "$out"
  shift 2
  mkdir -p "$out"
  for target in "$@"; do
    bindgen "$target" "$out/$target" "$cargo_target"
    if [ -z "$first" ]; then
      first=$target
    elif ! cmp -s "$out/$first/stigg_segment_bg.wasm" "$out/$target/stigg_segment_bg.wasm"; then
      echo "build-wasm: wasm-bindgen emitted different modules for --target $first and --target $target;" \
        "one optimized module can no longer serve both (see scripts/build-wasm.sh)" >&2
      exit 1
    fi
  done
  raw_bytes=$(wc -c <"$out/$first/stigg_segment_bg.wasm")
  optimize "$out/$first/stigg_segment_bg.wasm" "$out/stigg_segment_bg.wasm"
  for target in "$@"; do
    cp "$out/stigg_segment_bg.wasm" "$out/$target/stigg_segment_bg.wasm"
  done
}

if [ -n "$features" ]; then
  # A target dir of its own, so switching features never rebuilds the product.
  cargo build --quiet --release --lib --target wasm32-unknown-unknown \
    --features "$features" --target-dir "target/features-build/$features"
  targets="no-modules nodejs"
  case ",$features," in *,tracking-plan,*) targets="$targets web" ;; esac
  # shellcheck disable=SC2086 # the targets are words
  build_glue "target/glue-$features" "target/features-build/$features" $targets
  exit 0
fi

cargo build --quiet --release --lib --target wasm32-unknown-unknown
rm -f target/glue/sizes.json
build_glue target/glue target nodejs web no-modules
opt_bytes=$(wc -c <target/glue/stigg_segment_bg.wasm)

printf 'wasm: %s bytes from wasm-bindgen, %s bytes after wasm-opt -Oz (%s gzip)\n' \
  "$raw_bytes" "$opt_bytes" "$(gzip -9c target/glue/stigg_segment_bg.wasm | wc -c)"
printf '{"rawWasmBytes": %s, "optimizedWasmBytes": %s}\n' "$raw_bytes" "$opt_bytes" >target/glue/sizes.json
