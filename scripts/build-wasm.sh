#!/usr/bin/env bash
# Compiles the crate to wasm once per deliverable, from the one core, and runs
# wasm-bindgen for each glue the project ships. Each deliverable carries only
# what it runs (docs/development.md):
#   the Segment script   no cargo feature (--no-default-features): the decision and what shim/shim.js
#                        calls, nothing else
#     target/glue/no-modules/   classic-script glue, for scripts/bundle.js
#   the npm package and the playground   --features package: every export
#     target/glue/nodejs/       CommonJS glue: the package's Node entry
#     target/glue/web/          ES module glue with an explicit init: the
#                               package's browser entry and the playground
#   target/glue/segment-named.wasm   the Segment wasm, optimized, with its
#                               function names, for tools/bench/wasm-weight.js
#   target/glue/sizes.json      raw and optimized sizes of both (the package's
#                               at the top level); written last,
#                               so make uses it as the mark of a finished build
# Every target of one build gets the same module from wasm-bindgen (checked
# below), so it is optimized once, with the pinned npm binaryen's wasm-opt.
# scripts/build-pkg.js and scripts/bundle.js then write pkg/ from these.
#
# FEATURES=<features> builds a test or benchmark variant of the Segment wasm
# (test-hooks, bench-object-boundary) into target/glue-<features>/{no-modules,nodejs}.
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

# The features of the npm package's and the playground's build.
PACKAGE_FEATURES=package

# --no-default-features: the crate's default is the package's API (so that a
# plain `cargo build` or `wasm-pack test` has it); each build here names its
# features itself.
compile() { # cargo-target-dir [features]
  cargo build --quiet --release --lib --target wasm32-unknown-unknown --no-default-features \
    --target-dir "$1" ${2:+--features "$2"}
}

bindgen() { # target out-dir cargo-target-dir
  rm -rf "$2"
  wasm-bindgen --target "$1" --out-dir "$2" --out-name stigg_segment \
    "$3/wasm32-unknown-unknown/release/stigg_segment.wasm"
  rm -f "$2/stigg_segment_bg.wasm.d.ts"
}

# Runs wasm-bindgen for each target into $out/<target>/, then replaces each
# copy of the module with the one optimized module, $out/<name>.wasm. With
# named=1, the same optimization keeping the function names (-g) is
# $out/<name>-named.wasm. Sets raw_bytes.
build_glue() { # out-dir name cargo-target-dir targets...
  local out=$1 name=$2 cargo_target=$3 first= named=${named:-}
  shift 3
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
  "$wasm_opt" "$out/$first/stigg_segment_bg.wasm" -Oz --strip-debug --strip-producers -o "$out/$name.wasm"
  if [ -n "$named" ]; then
    "$wasm_opt" "$out/$first/stigg_segment_bg.wasm" -Oz -g --strip-producers -o "$out/$name-named.wasm"
  fi
  for target in "$@"; do
    cp "$out/$name.wasm" "$out/$target/stigg_segment_bg.wasm"
  done
}

if [ -n "$features" ]; then
  # A target dir of its own, so switching features never rebuilds the product.
  compile "target/features-build/$features" "$features"
  rm -rf "target/glue-$features"
  build_glue "target/glue-$features" segment "target/features-build/$features" no-modules nodejs
  exit 0
fi

rm -f target/glue/sizes.json
# The Segment script's wasm: no feature. rustc keeps the function names in
# it, for the weight table (segment-named.wasm); wasm-opt --strip-debug
# removes them from what ships.
CARGO_PROFILE_RELEASE_STRIP=false compile target
named=1 build_glue target/glue segment target no-modules
segment_raw=$raw_bytes
segment_opt=$(wc -c <target/glue/segment.wasm)
# The npm package's and the playground's: every export.
compile "target/features-build/$PACKAGE_FEATURES" "$PACKAGE_FEATURES"
build_glue target/glue package "target/features-build/$PACKAGE_FEATURES" nodejs web
package_raw=$raw_bytes
package_opt=$(wc -c <target/glue/package.wasm)
rm -f target/glue/stigg_segment_bg.wasm # the single module of earlier layouts

gzip_of() { gzip -9c "$1" | wc -c; }
printf 'wasm for the Segment script: %s bytes from wasm-bindgen, %s after wasm-opt -Oz (%s gzip)\n' \
  "$segment_raw" "$segment_opt" "$(gzip_of target/glue/segment.wasm)"
printf 'wasm for the npm package and playground (--features %s): %s bytes, %s after wasm-opt -Oz (%s gzip)\n' \
  "$PACKAGE_FEATURES" "$package_raw" "$package_opt" "$(gzip_of target/glue/package.wasm)"
# At the top level the package's module (pkg/stigg_segment_bg.wasm), as before
# the split; the Segment script's under "segment".
printf '{"rawWasmBytes": %s, "optimizedWasmBytes": %s, "features": "%s", "segment": {"rawWasmBytes": %s, "optimizedWasmBytes": %s}}\n' \
  "$package_raw" "$package_opt" "$PACKAGE_FEATURES" "$segment_raw" "$segment_opt" >target/glue/sizes.json
